import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCollectives } from '../../storage/hooks/useCollectives';
import { PageTitle } from '../../ui/PageTitle';

export function CollectivesPage() {
  const { t } = useTranslation();
  const collectives = useCollectives();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('collectives.title')}</PageTitle>
      <p>{t('collectives.intro')}</p>
      <p className="actions">
        <Link href="/collectives/new" className="button button--primary">
          {t('collectives.new')}
        </Link>
        <Link href="/respond" className="button">
          {t('collectives.respondWithInvitation')}
        </Link>
      </p>
      {collectives === undefined ? null : collectives.length === 0 ? (
        <div className="empty">
          <p>{t('collectives.empty')}</p>
          <Link href="/example" className="button">
            {t('collectives.openExample')}
          </Link>
        </div>
      ) : (
        <ul className="card-list" aria-label={t('collectives.listLabel')}>
          {collectives.map((collective) => (
            <li key={collective.id} className="card">
              <h2 className="card__title">
                <Link href={`/collectives/${collective.id}`}>{collective.name}</Link>
              </h2>
              {collective.isExample ? <p className="tag">{t('collectives.exampleTag')}</p> : null}
              <p className="muted">
                {[collective.municipality, collective.foundingYear].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
