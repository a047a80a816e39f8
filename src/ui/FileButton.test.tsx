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

  it('chooses a folder with a face that says so, and names only the first five of many files', async () => {
    const onFiles = vi.fn();
    render(<FileButton id="folder" label="Of kies een map" isFolder onFiles={onFiles} />);
    expect(screen.getByText('Kies een map')).toBeInTheDocument();
    const input = screen.getByLabelText('Of kies een map');
    expect(input).toHaveAttribute('webkitdirectory');
    const files = Array.from({ length: 7 }, (_, i) => new File(['{}'], `${i}.json`));
    await userEvent.upload(input, files);
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(input).toHaveAccessibleDescription(
      '7 gekozen: 0.json, 1.json, 2.json, 3.json, 4.json, …',
    );
  });
});
