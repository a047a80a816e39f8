import { z } from '../zod-mini';
import { questionnaireKey } from '../questionnaire/identity';
import { displayScore } from '../scoring/display';
import type { ScanScores } from '../scoring/scan-scores-schema';
import type { ScreenedFile, ScreenStatus } from './screen-status';

const minimumScore = z.number().check(z.gte(0), z.lte(100));

/** What a funder requires of an application; saved with the screening, so a strict schema. */
export const screeningCriteriaSchema = z.strictObject({
  /** lowest score (0–100, compared with the score as shown, rounded) per condition id */
  minScore: z.record(z.string(), z.optional(minimumScore)),
  /** at least one route (path) must fit */
  mustFitRoute: z.boolean(),
  /** no necessary condition may be missing */
  necessaryMet: z.boolean(),
  minRespondents: z.nullable(z.number().check(z.int(), z.gte(0))),
  /** allowed questionnaire versions as `id@version`; null allows any */
  questionnaireVersions: z.nullable(z.array(z.string().check(z.minLength(1)))),
  onlyIntact: z.boolean(),
});
export type ScreeningCriteria = z.infer<typeof screeningCriteriaSchema>;

/** Nothing required but an intact file. */
export const defaultCriteria: ScreeningCriteria = {
  minScore: {},
  mustFitRoute: false,
  necessaryMet: false,
  minRespondents: null,
  questionnaireVersions: null,
  onlyIntact: true,
};

/** One criterion an application does not meet, with the values to word it. */
export type CriterionFail =
  | { code: 'not-intact'; status: ScreenStatus }
  /** made with a newer questionnaire version than this app knows: an update can check it */
  | { code: 'needs-update' }
  | { code: 'no-result' }
  /** the scores could not be checked, so no score criterion can be judged */
  | { code: 'unchecked' }
  | { code: 'score-below'; condition: string; score: number | null; min: number }
  | { code: 'no-route' }
  | { code: 'necessary-missing'; conditions: string[] }
  | { code: 'too-few-respondents'; respondents: number; min: number }
  | { code: 'version-not-allowed'; version: string };

export type CriterionFailCode = CriterionFail['code'];

export const criterionFailCodes = [
  'not-intact',
  'needs-update',
  'no-result',
  'unchecked',
  'score-below',
  'no-route',
  'necessary-missing',
  'too-few-respondents',
  'version-not-allowed',
] as const satisfies readonly CriterionFailCode[];

export type CriteriaOutcome = { passes: boolean; fails: CriterionFail[] };

/** The scores to judge by when none were checked: an intact file's own, else none. */
export const ownScores = (file: Pick<ScreenedFile, 'status' | 'result'>): ScanScores | null =>
  file.status === 'intact' ? (file.result?.scores ?? null) : null;

/**
 * Checks one screened file against the funder's criteria, judging the checked `scores` (see
 * checkedScores; never a changed file's stated ones). A file without a readable result fails.
 */
export function evaluateCriteria({
  criteria,
  file,
  scores = ownScores(file),
}: {
  criteria: ScreeningCriteria;
  file: Pick<ScreenedFile, 'status' | 'result'>;
  scores?: ScanScores | null;
}): CriteriaOutcome {
  const fails: CriterionFail[] = [];
  if (file.status === 'newer-questionnaire') fails.push({ code: 'needs-update' });
  else if (criteria.onlyIntact && file.status !== 'intact') {
    fails.push({ code: 'not-intact', status: file.status });
  }
  const { result } = file;
  if (!result) return { passes: false, fails: [...fails, { code: 'no-result' }] };
  if (!scores) {
    const isSaid = fails.some((fail) => fail.code === 'needs-update');
    return { passes: false, fails: isSaid ? fails : [...fails, { code: 'unchecked' }] };
  }
  for (const [condition, min] of Object.entries(criteria.minScore)) {
    if (min === undefined) continue;
    const score = displayScore(scores.conditions[condition]?.score ?? null);
    if (score === null || score < min) fails.push({ code: 'score-below', condition, score, min });
  }
  if (criteria.mustFitRoute && !Object.values(scores.paths).some((path) => path.fits)) {
    fails.push({ code: 'no-route' });
  }
  if (criteria.necessaryMet && scores.necessaryMissing.length > 0) {
    fails.push({ code: 'necessary-missing', conditions: [...scores.necessaryMissing] });
  }
  const respondents = result.responses.length;
  if (criteria.minRespondents !== null && respondents < criteria.minRespondents) {
    fails.push({ code: 'too-few-respondents', respondents, min: criteria.minRespondents });
  }
  const version = questionnaireKey(result.questionnaire);
  if (
    criteria.questionnaireVersions !== null &&
    !criteria.questionnaireVersions.includes(version)
  ) {
    fails.push({ code: 'version-not-allowed', version });
  }
  return { passes: fails.length === 0, fails };
}
