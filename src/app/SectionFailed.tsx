import { useTranslation } from 'react-i18next';

/** A section that did not load: the reason, and a reload that fetches it again. */
export function SectionFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice">
      <p>{t('shell.sectionFailed', { reason })}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('shell.tryAgain')}
      </button>
    </div>
  );
}
