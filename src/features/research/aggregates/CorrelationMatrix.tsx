import { useTranslation } from 'react-i18next';
import type { ResearchAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** A cell's background: green for positive, red-brown for negative, stronger with |r|; text stays dark enough to read. */
function shade(r: number | null): string | undefined {
  if (r === null) return undefined;
  const alpha = Math.min(Math.abs(r), 1) * 0.45;
  return r >= 0 ? `rgba(31, 95, 74, ${alpha})` : `rgba(161, 38, 34, ${alpha})`;
}

/** Pearson correlations between the condition scores, as a table with shaded cells. */
export function CorrelationMatrix({ aggregate }: { aggregate: ResearchAggregate }) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  const ids = aggregate.conditionIds;
  return (
    <section aria-labelledby="correlations-title" className="research-panel">
      <h2 id="correlations-title">{t('researchScreen.correlations.title')}</h2>
      <p>{t('researchScreen.correlations.help')}</p>
      <ScrollRegion label={t('researchScreen.correlations.title')}>
        <table className="table research-matrix">
          <thead>
            <tr>
              <td />
              {ids.map((id) => (
                <th scope="col" key={id}>
                  {format.condition(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id, row) => (
              <tr key={id}>
                <th scope="row">{format.condition(id)}</th>
                {ids.map((other, column) => {
                  const r = aggregate.correlations.r[row]?.[column] ?? null;
                  return (
                    <td key={other} style={{ background: shade(r) }}>
                      {format.number(r, 2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
