import type { ResultFile } from '../files/result-file-schema';
import type { QuestionnaireRegistry } from '../questionnaire/registry';
import type { ScanScores } from '../scoring/scan-scores-schema';
import { scoreScan } from '../scoring/score-scan';
import type { ScreenStatus } from './screen-status';

/** The scores a funder sees and judges a file by, and what the file itself states. */
export type CheckedScores = {
  /** re-scored from the answers (an intact file's own scores are those); null when unchecked */
  scores: ScanScores | null;
  /** the scores the file states */
  stated: ScanScores;
  /** whether the stated scores differ from the checked ones (a forged score) */
  differs: boolean;
};

const isChecked = (status: ScreenStatus) => status === 'intact' || status === 'changed';

/**
 * The scores of a screened result that may be shown: an intact file's own, a changed file's re-scored
 * from its answers (never the stated ones, which may be forged), none for an unknown or newer
 * questionnaire, whose answers this app cannot score.
 */
export function checkedScores({
  status,
  result,
  registry,
}: {
  status: ScreenStatus;
  result: ResultFile;
  registry: Pick<QuestionnaireRegistry, 'resolve'>;
}): CheckedScores {
  const stated = result.scores;
  if (status === 'intact') return { scores: stated, stated, differs: false };
  const resolved = registry.resolve(result.questionnaire);
  if (!isChecked(status) || !resolved.ok) return { scores: null, stated, differs: false };
  const scores = scoreScan({
    questionnaire: resolved.entry.questionnaire,
    responses: result.responses,
  });
  return { scores, stated, differs: differsFrom(stated, scores) };
}

// Shown scores are rounded, but a forged mean or membership matters too: compare the exact values.
function differsFrom(stated: ScanScores, scores: ScanScores): boolean {
  const close = (a: number | null | undefined, b: number | null | undefined) =>
    a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9);
  const conditions = Object.entries(scores.conditions).some(([id, score]) => {
    const other = stated.conditions[id];
    return (
      !other ||
      !close(other.score, score.score) ||
      !close(other.mean, score.mean) ||
      !close(other.membership, score.membership)
    );
  });
  const paths = Object.entries(scores.paths).some(
    ([id, path]) => stated.paths[id]?.fits !== path.fits,
  );
  return conditions || paths || !close(stated.viability, scores.viability);
}
