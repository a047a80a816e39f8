import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { FileIntake } from './FileIntake';
import type { WorkerJobState } from './useWorkerJob';

initI18n('nl');

const words = {
  progress: (done: number, total: number) => `${done} van ${total} gelezen`,
  cancel: 'Stoppen',
  cancelled: 'Gestopt.',
  failed: (code: string) => `Mislukt (${code}).`,
};

function renderIntake(state: WorkerJobState<unknown, unknown>, isBusyWhileRunning = true) {
  const onFiles = vi.fn();
  const onDrop = vi.fn();
  const onCancel = vi.fn();
  render(
    <FileIntake
      dropHint="Sleep bestanden hierheen"
      buttons={[
        { id: 'pick', label: 'Bestanden kiezen', isMultiple: true, hint: 'Veel tegelijk', onFiles },
      ]}
      onDrop={onDrop}
      isBusyWhileRunning={isBusyWhileRunning}
      job={{ state, words, onCancel }}
      summary={<p>Samenvatting</p>}
    />,
  );
  return { onFiles, onDrop, onCancel };
}

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('FileIntake', () => {
  it('hands chosen files over, says which were chosen, and shows the summary', async () => {
    const { onFiles } = renderIntake({ state: 'idle' });
    const input = screen.getByLabelText('Bestanden kiezen');
    expect(input).toHaveAccessibleDescription('Nog geen bestand gekozen Veel tegelijk');
    await userEvent.upload(input, [file('a.json'), file('b.json')]);
    expect(onFiles).toHaveBeenCalledWith([expect.any(File), expect.any(File)]);
    expect(input).toHaveAccessibleDescription('2 gekozen: a.json, b.json Veel tegelijk');
    expect(screen.getByText('Samenvatting')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('hands dropped files over', () => {
    const { onDrop } = renderIntake({ state: 'idle' });
    const zone = screen.getByText('Sleep bestanden hierheen').parentElement as HTMLElement;
    const dataTransfer = { files: [file('c.json')] };
    fireEvent.dragOver(zone, { dataTransfer });
    expect(zone).toHaveClass('drop-zone--over');
    fireEvent.drop(zone, { dataTransfer });
    expect(zone).not.toHaveClass('drop-zone--over');
    expect(onDrop).toHaveBeenCalledWith(dataTransfer);
  });

  it('shows progress with a Stop button while running, and takes no new files', async () => {
    const { onCancel, onDrop } = renderIntake({ state: 'running', done: 3, total: 8 });
    expect(screen.getByText('3 van 8 gelezen')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('max', '8');
    expect(screen.getByLabelText('Bestanden kiezen')).toBeDisabled();
    fireEvent.drop(screen.getByText('Sleep bestanden hierheen'), {
      dataTransfer: { files: [file('d.json')] },
    });
    expect(onDrop).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('keeps taking files while running when asked to', () => {
    renderIntake({ state: 'running', done: 0, total: 1 }, false);
    expect(screen.getByLabelText('Bestanden kiezen')).toBeEnabled();
  });

  it('says when the job was stopped', () => {
    renderIntake({ state: 'cancelled' });
    expect(screen.getByRole('status')).toHaveTextContent('Gestopt.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('words a failure as an alert', () => {
    renderIntake({ state: 'failed', code: 'worker-error' });
    expect(screen.getByRole('alert')).toHaveTextContent('Mislukt (worker-error).');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
