import { useTranslation } from 'react-i18next';
import type { ResearchAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** Mean change per condition between consecutive scans of one pseudonym (a study's repeated scans). */
export function ChangeTable({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const change = aggregate.changes;
  return (
    <section aria-labelledby="change-title" className="research-panel">
      <h2 id="change-title">{t('researchScreen.change.title')}</h2>
      <p>
        {t('researchScreen.change.summary', { pairs: change.pairs, pseudonyms: change.pseudonyms })}
      </p>
      {change.pairs === 0 ? (
        <p className="muted">{t('researchScreen.change.none')}</p>
      ) : (
        <ScrollRegion label={t('researchScreen.change.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('researchScreen.stats.condition')}</th>
                <th scope="col">{t('researchScreen.change.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {aggregate.conditionIds.map((id) => {
                const value = change.conditions[id]?.mean ?? null;
                return (
                  <tr key={id}>
                    <th scope="row">{format.condition(id)}</th>
                    <td>
                      {value !== null && value > 0 ? '+' : ''}
                      {format.number(value, 2)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
