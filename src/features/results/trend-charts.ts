import type { Scan, StoredResponse } from '../../domain/collective/schema';
import type { QuestionnaireRegistry } from '../../domain/questionnaire/registry';
import type { LocalizedText } from '../../domain/questionnaire/schema';
import { displayScore } from '../../domain/scoring/display';
import { conditionTrends, type TrendScan } from '../../domain/scoring/trends';
import type { Translate } from '../../wording/translate';
import { trendChangeText } from '../../wording/version-change-text';

/** One scan on a chart: its label, its display score and the questionnaire version it was made with. */
export type TrendChartPoint = { label: string; score: number | null; version: string };
export type TrendChart = {
  condition: string;
  title: string;
  points: TrendChartPoint[];
  /** the points as one line of text, for a screen reader */
  summary: string;
};
export type TrendCharts = {
  /** the questionnaire version every scan is scored on */
  version: string;
  /** how many closed scans no migration chain leads from (left out of the lines) */
  unmappedCount: number;
  charts: TrendChart[];
  /** per change of version between the scans, what changed that touches the lines, in sentences */
  changes: { from: string; to: string; lines: string[] }[];
};

/**
 * One chart per condition over a collective's closed scans, scored by the domain on the newest
 * questionnaire version; null below two closed scans, since one point is not a trend.
 */
export function buildTrendCharts(input: {
  closedScans: readonly { scan: Scan; responses: readonly StoredResponse[] }[];
  registry: QuestionnaireRegistry;
  localize: (text: LocalizedText) => string;
  t: Translate;
}): TrendCharts | null {
  const { registry, localize, t } = input;
  if (input.closedScans.length < 2) return null;
  const scans: TrendScan[] = input.closedScans.flatMap(({ scan, responses }) => {
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
  const target = scans.map((s) => registry.latest(s.questionnaire.id)).find(Boolean);
  if (!target) return null;
  const { trends, unmapped, versionChanges } = conditionTrends({
    scans,
    target: target.questionnaire,
    questionnaires: registry.entries.map((e) => e.questionnaire),
  });
  const conditionTitle = (id: string) => {
    const condition = target.questionnaire.conditions.find((c) => c.id === id);
    return condition ? localize(condition.title) : id;
  };
  const charts = trends.map((trend) => {
    const points = trend.points.map((p) => ({
      label: p.label,
      score: displayScore(p.score),
      version: p.version,
    }));
    return {
      condition: trend.condition,
      title: conditionTitle(trend.condition),
      points,
      summary: points.map((p) => `${p.label} (${p.version}) ${p.score ?? '–'}`).join(', '),
    };
  });
  const changes = versionChanges.map(({ from, to, changes: list }) => ({
    from,
    to,
    lines: list.flatMap((change) => trendChangeText(change, { from, to }, conditionTitle, t) ?? []),
  }));
  return { version: target.ref.version, unmappedCount: unmapped.length, charts, changes };
}
