import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../ui/codes/codes.css';

/** A code typed over or pasted from a message, read like a scanned one. */
export function PasteCodeForm({ onCode }: { onCode: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        void onCode(text).then(() => setText(''));
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
        onChange={(e) => setText(e.target.value)}
      />
      <p className="actions">
        <button type="submit" className="button">
          {t('phones.scanCodes.add')}
        </button>
      </p>
    </form>
  );
}
