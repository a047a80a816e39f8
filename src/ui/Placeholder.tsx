import { useTranslation } from 'react-i18next';

/** Marks a section that a later version builds, so nobody mistakes it for a finished screen. */
export function Placeholder() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="note">
      {t('placeholder.comingSoon')}
    </p>
  );
}
