import { compareVersions } from '../questionnaire/identity';
import { diffQuestionnaireVersions, type VersionChange } from '../questionnaire/diff-versions';
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
  /** the questionnaire version the scan was made with */
  version: string;
  mean: number | null;
  score: number | null;
};
export type ConditionTrend = { condition: string; points: TrendPoint[] };

/** What changed from one version to the next that touches the lines: scored items and scoring only. */
export type TrendVersionChange = { from: string; to: string; changes: VersionChange[] };

/**
 * Condition scores over time: every scan is scored on the target version, answers from older
 * versions mapped along their `migratesFrom` chain, so items renamed or dropped do not break the line.
 * Scans that no chain leads from are listed in `unmapped` and left out; `versionChanges` says what
 * changed between the versions the scans span, for the reader of the lines.
 */
export function conditionTrends(input: {
  scans: readonly TrendScan[];
  target: Questionnaire;
  questionnaires: readonly Questionnaire[];
}): { trends: ConditionTrend[]; unmapped: string[]; versionChanges: TrendVersionChange[] } {
  const unmapped: string[] = [];
  const scored: { scan: TrendScan; scores: ReturnType<typeof scoreScan> }[] = [];
  let longest: Questionnaire[] = [input.target];
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
    if (chain.length > longest.length) longest = chain;
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
      version: scan.questionnaire.version,
      mean: scores.conditions[condition.id]?.mean ?? null,
      score: scores.conditions[condition.id]?.score ?? null,
    })),
  }));
  return { trends, unmapped, versionChanges: changesAlong(longest) };
}

/** The changes between each two neighbouring versions of a chain that touch scores: scored items, scoring. */
function changesAlong(chain: readonly Questionnaire[]): TrendVersionChange[] {
  const ordered = [...chain].sort((a, b) => compareVersions(a.version, b.version));
  return ordered.slice(1).flatMap((to, i) => {
    const from = ordered[i]!;
    const changes = diffQuestionnaireVersions({ from, to }).changes.filter((change) =>
      change.kind === 'scoring' ? true : change.kind !== 'texts' && change.condition !== undefined,
    );
    return changes.length > 0 ? [{ from: from.version, to: to.version, changes }] : [];
  });
}
