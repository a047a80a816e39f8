import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { TrendCharts } from './trend-charts';

/**
 * Draws the trend charts as assembled: one small line chart per condition, each point marked with
 * its questionnaire version and also given as text, and beside them what changed between versions.
 */
export function TrendsView({ trends }: { trends: TrendCharts }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('results.trendsTitle')}</h2>
      <p>{t('results.trendsHelp', { version: trends.version })}</p>
      {trends.unmappedCount > 0 ? (
        <p className="notice">{t('results.trendsUnmapped', { count: trends.unmappedCount })}</p>
      ) : null}
      <div className="trend-layout">
        <div className="trend-grid">
          {trends.charts.map((chart) => (
            <figure key={chart.condition} className="trend">
              <figcaption>
                <strong>{chart.title}</strong>
                <span className="visually-hidden">: {chart.summary}</span>
              </figcaption>
              <LineChart
                width={300}
                height={170}
                data={chart.points}
                margin={{ top: 18, right: 8, bottom: 0, left: -16 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                {/* every label shown, and room at both ends so the first scan's is not cut off */}
                <XAxis
                  dataKey="label"
                  interval={0}
                  padding={{ left: 28, right: 28 }}
                  tick={{ fontSize: 11 }}
                />
                <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
                <Line
                  type="monotone"
                  dataKey="score"
                  stroke="#1f5f4a"
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls={false}
                >
                  <LabelList
                    dataKey="version"
                    position="top"
                    fontSize={10}
                    fill="#333"
                    formatter={(version: unknown) => `v${String(version)}`}
                  />
                </Line>
              </LineChart>
            </figure>
          ))}
        </div>
        {trends.changes.length > 0 ? (
          <aside className="trend-changes" aria-labelledby="trend-changes-title">
            <h3 id="trend-changes-title">{t('versionChange.trend.title')}</h3>
            {trends.changes.map((step) => (
              <div key={`${step.from}-${step.to}`}>
                <p>
                  <strong>
                    {step.from} → {step.to}
                  </strong>
                </p>
                <ul>
                  {step.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </aside>
        ) : null}
      </div>
    </section>
  );
}
