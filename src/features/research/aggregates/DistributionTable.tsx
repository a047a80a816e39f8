import { useTranslation } from 'react-i18next';
import type { Summary } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';
import { ScrollRegion } from '../../../ui/ScrollRegion';

export type DistributionRow = { label: string; summary: Summary | null };

const columns = ['n', 'mean', 'median', 'q1', 'q3', 'iqr', 'min', 'max'] as const;

/** The numbers behind a box plot: n, mean, median, quartiles, IQR and range, one row per label. */
export function DistributionTable({
  rows,
  caption,
  rowHeader,
}: {
  rows: DistributionRow[];
  caption: string;
  rowHeader: string;
}) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <ScrollRegion label={caption}>
      <table className="table research-numbers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {t(`researchScreen.stats.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, summary }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map((column) => (
                <td key={column}>
                  {format.number(
                    column === 'n' ? (summary?.n ?? 0) : summary?.[column],
                    column === 'n' ? 0 : 2,
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
