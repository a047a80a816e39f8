import { questionnaireKey } from '../questionnaire/identity';
import { displayScore } from '../scoring/display';
import type { ScanScores } from '../scoring/scan-scores-schema';
import type { CriterionFailCode, ScreeningCriteria } from './criteria';
import { evaluateCriteria, ownScores } from './criteria';
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
  /** condition id → checked score 0–100 rounded as shown; null when insufficient or unchecked */
  scores: Record<string, number | null>;
  /** condition id → the score the file states, rounded, only where it differs from the checked one */
  statedScores: Record<string, number | null>;
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

const shown = (scores: ScanScores | null) =>
  Object.fromEntries(
    Object.entries(scores?.conditions ?? {}).map(([id, score]) => [id, displayScore(score.score)]),
  );

/**
 * The table row of one screened file, with pass/fail when criteria are given. Scores are the checked
 * ones (see checkedScores; by default an intact file's own); a stated score that differs is kept
 * beside it.
 */
export function screeningRow({
  file,
  criteria,
  scores: checked = ownScores(file),
}: {
  file: ScreenedFile;
  criteria?: ScreeningCriteria;
  scores?: ScanScores | null;
}): ScreeningRow {
  const outcome = criteria ? evaluateCriteria({ criteria, file, scores: checked }) : undefined;
  const { result } = file;
  const scores = shown(checked);
  const stated = shown(result?.scores ?? null);
  const statedScores = checked
    ? Object.fromEntries(
        Object.entries(stated).filter(([id, score]) => scores[id] !== score && id in scores),
      )
    : {};
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
    statedScores,
    routeFit: checked
      ? Object.entries(checked.paths)
          .filter(([, path]) => path.fits)
          .map(([id]) => id)
      : null,
    necessaryMet: checked ? checked.necessaryMissing.length === 0 : null,
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
