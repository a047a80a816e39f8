import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../ui/codes/codes.css';

/** A code typed over or pasted from a message, read like a scanned one. */
export function PasteCodeForm({ onCode }: { onCode: (text: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // a refused code stays, so one mistyped character does not cost the whole code
  const [isKept, setIsKept] = useState(false);
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        void onCode(text).then((isTaken) => {
          if (isTaken) setText('');
          setIsKept(!isTaken);
        });
      }}
    >
      <label htmlFor="pasted-code">{t('phones.scanCodes.paste')}</label>
      <textarea
        id="pasted-code"
        className="code-text"
        rows={3}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={isKept ? 'pasted-code-kept' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {isKept ? (
        <p id="pasted-code-kept" className="muted">
          {t('phones.scanCodes.keptText')}
        </p>
      ) : null}
      <p className="actions">
        <button type="submit" className="button">
          {t('phones.scanCodes.add')}
        </button>
      </p>
    </form>
  );
}
