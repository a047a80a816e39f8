import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { displayScore } from '../../domain/scoring/display';
import { conditionTrends, type TrendScan } from '../../domain/scoring/trends';
import { getDatabase } from '../../storage/db';
import { listResponses } from '../../storage/responses-repository';
import { listScans } from '../../storage/scans-repository';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';

/** With two or more closed scans: one small chart per condition, scored on the newest questionnaire version. */
export function TrendsPanel({ collectiveId }: { collectiveId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const registry = useQuestionnaireRegistry();
  const closed = useLiveQuery(async () => {
    const db = getDatabase();
    const scans = (await listScans(db, collectiveId)).filter(
      (s) => s.status === 'closed' && s.closedAt,
    );
    return Promise.all(
      scans.map(async (scan) => ({ scan, responses: await listResponses(db, scan.id) })),
    );
  }, [collectiveId]);
  if (!closed || closed.length < 2) return null;

  const trendScans: TrendScan[] = closed.flatMap(({ scan, responses }) => {
    const resolved = registry.resolve(scan.questionnaire);
    if (!resolved.ok || !scan.closedAt) return [];
    return [
      {
        id: scan.id,
        label: scan.label,
        closedAt: scan.closedAt,
        questionnaire: resolved.entry.questionnaire,
        responses: responses.map((r) => ({ respondentId: r.id, answers: r.answers })),
      },
    ];
  });
  const target = trendScans.map((s) => registry.latest(s.questionnaire.id)).find(Boolean);
  if (!target) return null;
  const { trends, unmapped } = conditionTrends({
    scans: trendScans,
    target: target.questionnaire,
    questionnaires: registry.entries.map((e) => e.questionnaire),
  });

  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('results.trendsTitle')}</h2>
      <p>{t('results.trendsHelp', { version: target.ref.version })}</p>
      {unmapped.length > 0 ? (
        <p className="notice">{t('results.trendsUnmapped', { count: unmapped.length })}</p>
      ) : null}
      <div className="trend-grid">
        {trends.map((trend) => {
          const condition = target.questionnaire.conditions.find((c) => c.id === trend.condition);
          const title = condition ? localized(condition.title) : trend.condition;
          const data = trend.points.map((p) => ({ label: p.label, score: displayScore(p.score) }));
          return (
            <figure key={trend.condition} className="trend">
              <figcaption>
                <strong>{title}</strong>
                <span className="visually-hidden">
                  : {data.map((d) => `${d.label} ${d.score ?? '–'}`).join(', ')}
                </span>
              </figcaption>
              <LineChart
                width={300}
                height={160}
                data={data}
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
          );
        })}
      </div>
    </section>
  );
}
