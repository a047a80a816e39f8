import { useTranslation } from 'react-i18next';
import type { ResearchAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

function ShareBar({ share }: { share: number }) {
  return (
    <span className="share-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}

/** The share of results that fit each route, and the share missing the necessary condition. */
export function RouteShares({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const missing = aggregate.missingNecessary;
  return (
    <section aria-labelledby="routes-title" className="research-panel">
      <h2 id="routes-title">{t('researchScreen.routes.title')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.routes.what')}</th>
              <th scope="col">{t('researchScreen.stats.n')}</th>
              <th scope="col">{t('researchScreen.routes.share')}</th>
            </tr>
          </thead>
          <tbody>
            {aggregate.routes.map((route) => (
              <tr key={route.pathId}>
                <th scope="row">
                  {t('researchScreen.routes.fits', { route: format.route(route.pathId) })}
                </th>
                <td>{route.n}</td>
                <td>
                  {format.percent(route.share)} <ShareBar share={route.share} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                {t('researchScreen.routes.missing', {
                  condition: format.condition(missing.conditionId),
                })}
              </th>
              <td>{missing.n}</td>
              <td>
                {format.percent(missing.share)} <ShareBar share={missing.share} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="muted">{t('researchScreen.routes.note', { n: aggregate.n })}</p>
    </section>
  );
}
