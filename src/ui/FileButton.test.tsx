import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { FileButton } from './FileButton';

initI18n('nl');

afterEach(async () => {
  await chooseLanguage('nl');
});

function renderButton(onFiles = vi.fn()) {
  render(
    <FileButton
      id="pick"
      label="Antwoordbestanden inlezen"
      accept=".json"
      isMultiple
      onFiles={onFiles}
    />,
  );
  return onFiles;
}

describe('FileButton', () => {
  it('names the real input by its label and says in Dutch that nothing is chosen', () => {
    renderButton();
    const input = screen.getByLabelText('Antwoordbestanden inlezen');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription('Nog geen bestand gekozen');
    expect(screen.getByText('Kies bestanden')).toBeInTheDocument();
  });

  it('is reached with the keyboard and shows the chosen file names', async () => {
    const user = userEvent.setup();
    const onFiles = renderButton();
    await user.tab();
    const input = screen.getByLabelText('Antwoordbestanden inlezen');
    expect(input).toHaveFocus();
    const files = [
      new File(['{}'], 'anna.json', { type: 'application/json' }),
      new File(['{}'], 'bram.json', { type: 'application/json' }),
    ];
    await user.upload(input, files);
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(input).toHaveAccessibleDescription('2 gekozen: anna.json, bram.json');
  });

  it('speaks English after switching', async () => {
    await chooseLanguage('en');
    renderButton();
    expect(screen.getByText('Choose files')).toBeInTheDocument();
    expect(screen.getByLabelText('Antwoordbestanden inlezen')).toHaveAccessibleDescription(
      'No file chosen yet',
    );
  });
});
