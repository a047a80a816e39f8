import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { ConditionAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

type Props = {
  conditionIds: string[];
  conditions: Record<string, ConditionAggregate>;
  /** fixed size: the grid of small charts does not need to follow the container */
  width?: number;
};

/** One small histogram per condition (collective means in bins on 1–5), each with its counts as a table. */
export function ConditionHistograms({ conditionIds, conditions, width = 300 }: Props) {
  const { t } = useTranslation();
  const format = useResearchFormat();
  return (
    <div className="research-histograms">
      {conditionIds.map((id) => {
        const { edges = [], counts = [] } = conditions[id]?.histogram ?? {};
        const data = counts.map((count, i) => ({
          bin: `${format.number(edges[i], 2)}–${format.number(edges[i + 1], 2)}`,
          from: format.number(edges[i], 1),
          count,
        }));
        const title = t('researchScreen.histogram.caption', { condition: format.condition(id) });
        return (
          <figure key={id} className="research-histogram" aria-labelledby={`histogram-${id}`}>
            <figcaption id={`histogram-${id}`}>{title}</figcaption>
            <BarChart
              width={width}
              height={160}
              data={data}
              barCategoryGap={1}
              margin={{ top: 4, right: 4, bottom: 4, left: -16 }}
            >
              <CartesianGrid vertical={false} stroke="#dfe6e2" />
              <XAxis dataKey="from" tick={{ fontSize: 10, fill: '#4d5a54' }} interval={3} />
              <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: '#4d5a54' }} />
              <Bar dataKey="count" fill="#1f5f4a" isAnimationActive={false} />
            </BarChart>
            <details>
              <summary>{t('researchScreen.histogram.table')}</summary>
              <table className="table research-numbers">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('researchScreen.histogram.bin')}</th>
                    <th scope="col">{t('researchScreen.histogram.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((row) => (
                    <tr key={row.bin}>
                      <th scope="row">{row.bin}</th>
                      <td>{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        );
      })}
    </div>
  );
}
