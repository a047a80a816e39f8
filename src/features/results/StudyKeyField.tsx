import { useTranslation } from 'react-i18next';
import { FileButton } from '../../ui/FileButton';

type Props = { value: string; onChange: (key: string) => void };

/** The optional study key, pasted or read from a file, with what it does in one sentence. */
export function StudyKeyField({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="consent__key">
      <legend>{t('researchConsent.keyLegend')}</legend>
      <p id="study-key-help" className="field__hint">
        {t('researchConsent.keyHelp')}
      </p>
      <div className="field">
        <label htmlFor="study-key">{t('researchConsent.keyText')}</label>
        <input
          id="study-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="study-key-help"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <FileButton
        id="study-key-file"
        label={t('researchConsent.keyFile')}
        onFiles={([file]) => {
          // a key file is a few bytes; anything big is not a key
          if (file && file.size <= 4096) void file.text().then((text) => onChange(text.trim()));
        }}
      />
    </fieldset>
  );
}
