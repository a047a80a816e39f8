import { useTranslation } from 'react-i18next';
import { useFailureText } from '../ui/useFailureText';

/** A section that did not load: the reason, and a reload that fetches it again. */
export function SectionFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  return (
    <div role="alert" className="notice">
      <p>{t('shell.sectionFailed', { reason: failureText(error) })}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('shell.tryAgain')}
      </button>
    </div>
  );
}
