import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './file-button.css';

type Props = {
  id: string;
  label: string;
  accept: string;
  isMultiple?: boolean;
  describedBy?: string;
  onFiles: (files: File[]) => void;
};

/**
 * A file picker that speaks the app's language: the browser's own button says "Choose Files" in the
 * browser's locale, so the real input lies, transparent, over a button face of ours. Keyboard and
 * screen readers still reach the real input by its label; the chosen names are shown and described.
 */
export function FileButton({ id, label, accept, isMultiple = false, describedBy, onFiles }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const chosenId = `${id}-chosen`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="file-button">
        <input
          id={id}
          type="file"
          className="file-button__input"
          accept={accept}
          multiple={isMultiple}
          aria-describedby={[chosenId, describedBy].filter(Boolean).join(' ')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // cleared, so that choosing the same file again is noticed
            event.target.value = '';
            setChosen(files.map((file) => file.name));
            onFiles(files);
          }}
        />
        <span className="button file-button__face" aria-hidden="true">
          {t(isMultiple ? 'app.files.chooseMany' : 'app.files.chooseOne')}
        </span>
        <span id={chosenId} className="file-button__chosen">
          {chosen.length === 0
            ? t('app.files.noneChosen')
            : t('app.files.chosen', { count: chosen.length, names: chosen.join(', ') })}
        </span>
      </div>
    </div>
  );
}
