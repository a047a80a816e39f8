import { useTranslation } from 'react-i18next';
import type { ResearchAggregate } from '../research-types';
import { noValue, useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { ChangeTransitions } from './ChangeTransitions';

/**
 * Change between consecutive scans of one pseudonym (a study's repeated scans): per condition the mean
 * change, the shares improved and declined beyond the stated margin and the distribution; then the
 * transitions between truth-table rows. Over every loaded scan, whatever the choice of cases.
 */
export function ChangeTable({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const change = aggregate.changes;
  const signed = (value: number | null | undefined) =>
    `${value !== null && value !== undefined && value > 0 ? '+' : ''}${format.number(value, 2)}`;
  return (
    <section aria-labelledby="change-title" className="research-panel">
      <h2 id="change-title">{t('researchScreen.change.title')}</h2>
      <p>
        {t('researchScreen.change.summary', {
          count: change.pairs,
          pseudonyms: t('researchScreen.cases.pseudonyms', { count: change.pseudonyms }),
        })}
      </p>
      {change.pairs === 0 ? (
        <p className="muted">{t('researchScreen.change.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('researchScreen.change.margin', { margin: format.number(change.margin, 2) })}
          </p>
          <ScrollRegion label={t('researchScreen.change.title')}>
            <table className="table research-numbers">
              <thead>
                <tr>
                  <th scope="col">{t('researchScreen.stats.condition')}</th>
                  <th scope="col">{t('researchScreen.change.mean')}</th>
                  <th scope="col">{t('researchScreen.change.improved')}</th>
                  <th scope="col">{t('researchScreen.change.declined')}</th>
                  <th scope="col">{t('researchScreen.change.distribution')}</th>
                </tr>
              </thead>
              <tbody>
                {aggregate.conditionIds.map((id) => {
                  const shift = change.shifts?.[id];
                  const { edges = [], counts = [] } = shift?.histogram ?? {};
                  return (
                    <tr key={id}>
                      <th scope="row">{format.condition(id)}</th>
                      <td>{signed(change.conditions[id]?.mean)}</td>
                      <td>{format.percent(shift?.shareImproved)}</td>
                      <td>{format.percent(shift?.shareDeclined)}</td>
                      <td>
                        {counts.every((count) => count === 0) ? (
                          noValue
                        ) : (
                          <details>
                            <summary>
                              <span aria-hidden="true">{t('researchScreen.change.show')}</span>
                              <span className="visually-hidden">
                                {t('researchScreen.change.distributionCaption', {
                                  condition: format.condition(id),
                                })}
                              </span>
                            </summary>
                            <ul className="research-change-bins">
                              {counts.map((count, bin) =>
                                count > 0 ? (
                                  <li key={bin}>
                                    {signed(edges[bin])} … {signed(edges[bin + 1])}: {count}
                                  </li>
                                ) : null,
                              )}
                            </ul>
                          </details>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <ChangeTransitions changes={change} />
        </>
      )}
    </section>
  );
}
