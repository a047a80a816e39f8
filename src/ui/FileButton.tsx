import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './file-button.css';

type Props = {
  id: string;
  label: string;
  /** what may be chosen; a folder takes any file */
  accept?: string;
  isMultiple?: boolean;
  /** choose a whole folder (its files, with those of its subfolders) */
  isFolder?: boolean;
  isDisabled?: boolean;
  /** for a button whose own face says it all: the label is there for screen readers only */
  isLabelHidden?: boolean;
  describedBy?: string;
  onFiles: (files: File[]) => void;
};

/** At most this many chosen names are shown: a folder may hold thousands. */
const namesShown = 5;

/** The chosen files as one line: their count and first names. */
function chosenNames(files: readonly File[]): string {
  const names = files.slice(0, namesShown).map((file) => file.name);
  return files.length > namesShown ? `${names.join(', ')}, …` : names.join(', ');
}

/**
 * A file picker that speaks the app's language: the browser's own button says "Choose Files" in the
 * browser's locale, so the real input lies, transparent, over a button face of ours. Keyboard and
 * screen readers still reach the real input by its label; the chosen names are shown and described.
 */
export function FileButton({
  id,
  label,
  accept,
  isMultiple = false,
  isFolder = false,
  isDisabled = false,
  isLabelHidden = false,
  describedBy,
  onFiles,
}: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ count: number; names: string }>({ count: 0, names: '' });
  const chosenId = `${id}-chosen`;
  const face = isFolder ? 'chooseFolder' : isMultiple ? 'chooseMany' : 'chooseOne';
  return (
    <div className="field">
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="file-button">
        <input
          id={id}
          type="file"
          className="file-button__input"
          accept={accept}
          multiple={isMultiple || isFolder}
          disabled={isDisabled}
          // React passes unknown lowercase attributes through; Chromium, Firefox and Safari read it
          {...(isFolder ? { webkitdirectory: '' } : {})}
          aria-describedby={[chosenId, describedBy].filter(Boolean).join(' ')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // cleared, so that choosing the same file again is noticed
            event.target.value = '';
            setChosen({ count: files.length, names: chosenNames(files) });
            onFiles(files);
          }}
        />
        <span className="button file-button__face" aria-hidden="true">
          {t(`app.files.${face}`)}
        </span>
        <span id={chosenId} className="file-button__chosen">
          {chosen.count === 0
            ? t('app.files.noneChosen')
            : t('app.files.chosen', { count: chosen.count, names: chosen.names })}
        </span>
      </div>
    </div>
  );
}
