import { mapAnswersAlong, migrationChain } from '../questionnaire/migrate';
import type { Questionnaire } from '../questionnaire/schema';
import { scoreScan, type ScanResponse } from './score-scan';

export type TrendScan = {
  id: string;
  label: string;
  closedAt: string;
  questionnaire: Questionnaire;
  responses: readonly ScanResponse[];
};

export type TrendPoint = {
  scanId: string;
  label: string;
  closedAt: string;
  mean: number | null;
  score: number | null;
};
export type ConditionTrend = { condition: string; points: TrendPoint[] };

/**
 * Condition scores over time: every scan is scored on the target version, answers from older
 * versions mapped along their `migratesFrom` chain, so items renamed or dropped do not break the line.
 * Scans that no chain leads from are listed in `unmapped` and left out.
 */
export function conditionTrends(input: {
  scans: readonly TrendScan[];
  target: Questionnaire;
  questionnaires: readonly Questionnaire[];
}): { trends: ConditionTrend[]; unmapped: string[] } {
  const unmapped: string[] = [];
  const scored: { scan: TrendScan; scores: ReturnType<typeof scoreScan> }[] = [];
  const ordered = [...input.scans].sort((a, b) => a.closedAt.localeCompare(b.closedAt));
  for (const scan of ordered) {
    let chain: Questionnaire[];
    try {
      chain = migrationChain({
        questionnaires: input.questionnaires,
        from: scan.questionnaire,
        to: input.target,
      });
    } catch {
      unmapped.push(scan.id);
      continue;
    }
    const responses = scan.responses.map((r) => ({
      respondentId: r.respondentId,
      answers: mapAnswersAlong({ chain, answers: r.answers }),
    }));
    scored.push({ scan, scores: scoreScan({ questionnaire: input.target, responses }) });
  }
  const trends = input.target.conditions.map((condition) => ({
    condition: condition.id,
    points: scored.map(({ scan, scores }) => ({
      scanId: scan.id,
      label: scan.label,
      closedAt: scan.closedAt,
      mean: scores.conditions[condition.id]?.mean ?? null,
      score: scores.conditions[condition.id]?.score ?? null,
    })),
  }));
  return { trends, unmapped };
}
