import { questionnaireKey } from '../questionnaire/identity';
import { displayScore } from '../scoring/display';
import type { CriterionFailCode, ScreeningCriteria } from './criteria';
import { evaluateCriteria } from './criteria';
import type { ScreenedFile, ScreenReasonCode, ScreenStatus } from './screen-status';

/** One line of the screening table and of its CSV; profile fields are the questionnaire's option values. */
export type ScreeningRow = {
  fileName: string;
  status: ScreenStatus;
  collective: string | null;
  sector: string | null;
  legalForm: string | null;
  municipality: string | null;
  province: string | null;
  /** the day the scan closed (or started, if still open), `YYYY-MM-DD` */
  scanDate: string | null;
  respondents: number | null;
  /** condition id → score 0–100 rounded as shown; null when insufficient or unreadable */
  scores: Record<string, number | null>;
  /** ids of the routes (paths) that fit, e.g. `['A']`; null when unreadable */
  routeFit: string[] | null;
  necessaryMet: boolean | null;
  /** `id@version` of the questionnaire */
  questionnaire: string | null;
  digest: string | null;
  /** null when no criteria are given */
  passes: boolean | null;
  fails: CriterionFailCode[];
  reasons: ScreenReasonCode[];
};

/** The table row of one screened file, with pass/fail when criteria are given. */
export function screeningRow({
  file,
  criteria,
}: {
  file: ScreenedFile;
  criteria?: ScreeningCriteria;
}): ScreeningRow {
  const outcome = criteria ? evaluateCriteria({ criteria, file }) : undefined;
  const { result } = file;
  const scores = Object.fromEntries(
    Object.entries(result?.scores.conditions ?? {}).map(([id, score]) => [
      id,
      displayScore(score.score),
    ]),
  );
  return {
    fileName: file.fileName,
    status: file.status,
    collective: result?.collective.name ?? null,
    sector: result?.collective.sector ?? null,
    legalForm: result?.collective.legalForm ?? null,
    municipality: result?.collective.municipality ?? null,
    province: result?.collective.province ?? null,
    scanDate: result ? (result.scan.closedAt ?? result.scan.startedAt).slice(0, 10) : null,
    respondents: result ? result.responses.length : null,
    scores,
    routeFit: result
      ? Object.entries(result.scores.paths)
          .filter(([, path]) => path.fits)
          .map(([id]) => id)
      : null,
    necessaryMet: result ? result.scores.necessaryMissing.length === 0 : null,
    questionnaire: result ? questionnaireKey(result.questionnaire) : null,
    digest: file.digest,
    passes: outcome ? outcome.passes : null,
    fails: outcome ? outcome.fails.map((fail) => fail.code) : [],
    reasons: file.reasons.map((reason) => reason.code),
  };
}

/** The condition ids of a set of rows, in the order they first appear: the score columns. */
export function scoreColumns(rows: readonly ScreeningRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const id of Object.keys(row.scores)) ids.add(id);
  return [...ids];
}
