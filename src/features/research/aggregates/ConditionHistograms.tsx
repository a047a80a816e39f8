import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { ConditionAggregate } from '../research-types';
import { useResearchFormat } from '../useResearchFormat';

/** The whole numbers from `first` to `last`: 1, 2, 3, 4, 5 on the scale of means. */
const wholeTicks = (first: number, last: number) =>
  Array.from({ length: Math.floor(last) - Math.ceil(first) + 1 }, (_, i) => Math.ceil(first) + i);

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
          // the bar stands on its bin's middle of a numeric axis, so the axis runs 1–5 to the end
          middle: ((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2,
          count,
        }));
        const first = edges[0] ?? 1;
        const last = edges[edges.length - 1] ?? 5;
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
              <XAxis
                dataKey="middle"
                type="number"
                domain={[first, last]}
                ticks={wholeTicks(first, last)}
                tickFormatter={(value: number) => format.number(value, 0)}
                tick={{ fontSize: 10, fill: '#4d5a54' }}
              />
              <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: '#4d5a54' }} />
              <Bar
                dataKey="count"
                fill="#1f5f4a"
                isAnimationActive={false}
                barSize={Math.max(2, Math.floor((width - 44) / Math.max(1, counts.length)) - 1)}
              />
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
                      <td>{format.number(row.count, 0)}</td>
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
