import { useTranslation } from 'react-i18next';
import './loading-status.css';

/** What a screen shows while its code or data loads: visible, and announced politely by screen readers. */
export function LoadingStatus({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="loading-status">
      <span className="loading-status__spinner" aria-hidden="true" />
      {label ?? t('shell.loadingSection')}
    </p>
  );
}
