import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageTitle } from '../../ui/PageTitle';

const conditionIds = ['leadership', 'community', 'business', 'culture', 'network'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title" className="home">
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <p className="actions">
        <Link href="/collectives" className="button button--primary">
          {t('home.start')}
        </Link>
        <Link href="/example" className="button">
          {t('home.example')}
        </Link>
        <Link href="/funder" className="button">
          {t('home.funderLink')}
        </Link>
        <Link href="/research" className="button">
          {t('home.researchLink')}
        </Link>
      </p>
      <h2>{t('home.conditionsTitle')}</h2>
      <ul className="condition-list">
        {conditionIds.map((id) => (
          <li key={id}>{t(`home.conditions.${id}`)}</li>
        ))}
      </ul>
      <p>{t('home.research')}</p>
      <p>
        <Link href="/questionnaires">{t('home.readQuestionnaire')}</Link>
      </p>
      <h2>{t('home.forWhomTitle')}</h2>
      <p>{t('home.forWhom')}</p>
      <h2>{t('home.privacyTitle')}</h2>
      <p>{t('home.privacy')}</p>
    </section>
  );
}
