import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
};

/** A destructive action that asks first, inline, so it works with keyboard and screen readers. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const questionId = useId();
  if (!isAsking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="alertdialog" aria-labelledby={questionId} className="confirm">
      <span id={questionId}>{question}</span>{' '}
      <button
        type="button"
        className="button button--danger"
        onClick={() => void onConfirm()}
        autoFocus
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('form.cancel')}
      </button>
    </span>
  );
}
