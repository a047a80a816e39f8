import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { TrendCharts } from './trend-charts';

/** Draws the trend charts as assembled: one small line chart per condition, its points also as text. */
export function TrendsView({ trends }: { trends: TrendCharts }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('results.trendsTitle')}</h2>
      <p>{t('results.trendsHelp', { version: trends.version })}</p>
      {trends.unmappedCount > 0 ? (
        <p className="notice">{t('results.trendsUnmapped', { count: trends.unmappedCount })}</p>
      ) : null}
      <div className="trend-grid">
        {trends.charts.map((chart) => (
          <figure key={chart.condition} className="trend">
            <figcaption>
              <strong>{chart.title}</strong>
              <span className="visually-hidden">: {chart.summary}</span>
            </figcaption>
            <LineChart
              width={300}
              height={160}
              data={chart.points}
              margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
              <Line
                type="monotone"
                dataKey="score"
                stroke="#1f5f4a"
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
              />
            </LineChart>
          </figure>
        ))}
      </div>
    </section>
  );
}
