import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveApplicantNote } from '../../storage/device/screening';

type Props = { applicantId: string; note: string };

/** The funder's own free-text note on an applicant, saved on this device. */
export function NoteEditor({ applicantId, note }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(note);
  const [isSaved, setSaved] = useState(false);
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void saveApplicantNote(applicantId, text).then(() => setSaved(true));
      }}
    >
      <label htmlFor="applicant-note">{t('funder.note.label')}</label>
      <p id="applicant-note-hint" className="field__hint">
        {t('funder.note.hint')}
      </p>
      <textarea
        id="applicant-note"
        rows={3}
        maxLength={5000}
        aria-describedby="applicant-note-hint"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <p>
        <button type="submit" className="button">
          {t('funder.note.save')}
        </button>{' '}
        {isSaved ? <span role="status">{t('funder.note.saved')}</span> : null}
      </p>
    </form>
  );
}
