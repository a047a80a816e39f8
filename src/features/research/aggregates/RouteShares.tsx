import { useTranslation } from 'react-i18next';
import type { ResearchAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

function ShareBar({ share }: { share: number | null }) {
  return (
    <span className="share-bar" aria-hidden="true">
      <span style={{ width: `${Math.round((share ?? 0) * 100)}%` }} />
    </span>
  );
}

/** The share of results that fit each route, and the share missing the necessary condition. */
export function RouteShares({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const rows = [
    ...aggregate.routes.map((route) => ({
      key: route.id,
      label: t('researchScreen.routes.fits', { route: format.route(route.id) }),
      count: route.fits,
      of: route.n,
      share: route.share,
    })),
    {
      key: 'missing',
      label: t('researchScreen.routes.missing', {
        condition: format.necessary.map(format.condition).join(', '),
      }),
      count: aggregate.necessaryMissing.count,
      of: aggregate.n,
      share: aggregate.necessaryMissing.share,
    },
  ];
  return (
    <section aria-labelledby="routes-title" className="research-panel">
      <h2 id="routes-title">{t('researchScreen.routes.title')}</h2>
      <ScrollRegion label={t('researchScreen.routes.title')}>
        <table className="table research-numbers">
          <thead>
            <tr>
              <th scope="col">{t('researchScreen.routes.what')}</th>
              <th scope="col">{t('researchScreen.routes.count')}</th>
              <th scope="col">{t('researchScreen.routes.of')}</th>
              <th scope="col">{t('researchScreen.routes.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{format.number(row.count, 0)}</td>
                <td>{format.number(row.of, 0)}</td>
                <td>
                  {format.percent(row.share)} <ShareBar share={row.share} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted">{t('researchScreen.routes.note')}</p>
    </section>
  );
}
