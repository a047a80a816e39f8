import { patterns } from '../questionnaire/schema';
import { isForbiddenKey } from '../safe-json';
import type { AnonymisedResultFile } from './anonymised-result-file';
import { formatVersion } from './common';
import { fileLimits } from './file-limits';

// The quick reader of research batches. A researcher loads 100,000 anonymised results at once, and
// the zod schema costs three times JSON.parse on them (its answer records most of all). This check
// says yes only to what the schema certainly accepts unchanged: every key known, nothing to trim, no
// extra fields in the loose parts. Anything else, it says "not sure" and the schema decides, so
// refusals and their reasons come from the schema alone. anonymised-result-quick.test.ts holds it to
// that: whatever it accepts, the schema accepts and returns equal.

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Exactly these keys: every required one, any of the optional ones, nothing else. */
function hasKeys(
  value: unknown,
  required: readonly string[],
  optional: readonly string[] = [],
): value is Fields {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    if (required.includes(key)) seen += 1;
    else if (!optional.includes(key)) return false;
  }
  return seen === required.length;
}

/** a finite number from min to max (JSON.parse reads 1e400 as Infinity, which the schema refuses) */
const isNumberIn = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const orNull = (value: unknown, test: (value: unknown) => boolean) => value === null || test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isTexts = (value: unknown) =>
  Array.isArray(value) && value.every((x) => typeof x === 'string');
const matches = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value);
/** a file id the schema keeps as it is: 1–200 characters, nothing to trim */
const isId = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 && value.trim() === value;
const isUnit = (value: unknown) => orNull(value, (x) => isNumberIn(x, 0, 1));
const isOneToFive = (value: unknown) => orNull(value, (x) => isNumberIn(x, 1, 5));

/** Every key allowed in a record, and every value passing `test`. */
function isRecordOf(value: unknown, test: (value: unknown) => boolean): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (isForbiddenKey(key) || !test(value[key])) return false;
  return true;
}

const isAnswer = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  isTexts(value);

const isQuestionnaireRef = (value: unknown) =>
  hasKeys(value, ['id', 'version', 'sha256']) &&
  matches(value.id, patterns.id) &&
  matches(value.version, patterns.semver) &&
  matches(value.sha256, patterns.sha256);

const isGeneralised = (value: unknown) => orNull(value, isText);
const collectiveKeys = ['sector', 'legalForm', 'memberBand', 'province', 'foundingDecade'] as const;
const collectiveOptional = ['pseudonym', 'volunteerBand', 'staffBand', 'ownIncomeShare'] as const;

const isDecade = (value: unknown) =>
  value === null ||
  value === 'suppressed' ||
  (Number.isSafeInteger(value) && (value as number) % 10 === 0) ||
  matches(value, /^\d{4}-\d{4}$/);

function isCollective(value: unknown): boolean {
  if (!hasKeys(value, collectiveKeys, collectiveOptional)) return false;
  if ('pseudonym' in value && !matches(value.pseudonym, patterns.sha256)) return false;
  for (const key of ['sector', 'legalForm', 'memberBand', 'province'] as const)
    if (!isGeneralised(value[key])) return false;
  for (const key of ['volunteerBand', 'staffBand', 'ownIncomeShare'] as const)
    if (key in value && !isGeneralised(value[key])) return false;
  return isDecade(value.foundingDecade);
}

const isScan = (value: unknown) =>
  hasKeys(value, ['id', 'year']) && isId(value.id) && orNull(value.year, Number.isSafeInteger);

const isResponse = (value: unknown) =>
  hasKeys(value, ['respondentId', 'answers']) &&
  isId(value.respondentId) &&
  isRecordOf(value.answers, isAnswer);

const conditionKeys = [
  'mean',
  'score',
  'membership',
  'iqr',
  'q1',
  'q3',
  'respondents',
  'insufficient',
  'band',
] as const;
const bands = new Set<unknown>(['low', 'middle', 'high']);

const isConditionScore = (value: unknown) =>
  hasKeys(value, conditionKeys) &&
  isOneToFive(value.mean) &&
  orNull(value.score, (x) => isNumberIn(x, 0, 100)) &&
  isUnit(value.membership) &&
  orNull(value.iqr, (x) => isNumberIn(x, 0, Infinity)) &&
  isOneToFive(value.q1) &&
  isOneToFive(value.q3) &&
  isCount(value.respondents) &&
  typeof value.insufficient === 'boolean' &&
  orNull(value.band, (x) => bands.has(x));

const isPathScore = (value: unknown) =>
  hasKeys(value, ['membership', 'fits', 'bottleneck']) &&
  isUnit(value.membership) &&
  typeof value.fits === 'boolean' &&
  orNull(value.bottleneck, (x) => typeof x === 'string');

const isTraitCounts = (value: unknown) =>
  hasKeys(value, ['yes', 'partly', 'no', 'unanswered']) &&
  isCount(value.yes) &&
  isCount(value.partly) &&
  isCount(value.no) &&
  isCount(value.unanswered);

const scoreKeys = [
  'conditions',
  'paths',
  'viability',
  'necessaryMissing',
  'discussionPoints',
  'closestPath',
  'traits',
] as const;

const isScores = (value: unknown) =>
  hasKeys(value, scoreKeys) &&
  isRecordOf(value.conditions, isConditionScore) &&
  isRecordOf(value.paths, isPathScore) &&
  isUnit(value.viability) &&
  isTexts(value.necessaryMissing) &&
  isTexts(value.discussionPoints) &&
  orNull(value.closestPath, (x) => typeof x === 'string') &&
  hasKeys(value.traits, ['items', 'total']) &&
  isRecordOf(value.traits.items, isTraitCounts) &&
  isTraitCounts(value.traits.total);

const levelKeys = ['sector', 'legalForm', 'memberBand', 'province', 'foundingDecade'] as const;

const isAnonymisation = (value: unknown) =>
  hasKeys(value, ['k'], ['mode', 'levels']) &&
  Number.isSafeInteger(value.k) &&
  (value.k as number) > 0 &&
  (!('mode' in value) || value.mode === 'batch' || value.mode === 'single') &&
  (!('levels' in value) ||
    (hasKeys(value.levels, levelKeys) &&
      levelKeys.every((key) => isCount((value.levels as Fields)[key]))));

const topKeys = [
  'format',
  'formatVersion',
  'questionnaire',
  'collective',
  'scan',
  'responses',
  'scores',
  'anonymisation',
  'generator',
  'digest',
] as const;

/** Whether a parsed value is an anonymised result the schema accepts as it is. */
export function isPlainAnonymisedResult(value: unknown): value is AnonymisedResultFile {
  return (
    hasKeys(value, topKeys) &&
    value.format === 'ck-result-anonymised' &&
    value.formatVersion === formatVersion &&
    isQuestionnaireRef(value.questionnaire) &&
    isCollective(value.collective) &&
    isScan(value.scan) &&
    Array.isArray(value.responses) &&
    value.responses.every(isResponse) &&
    isScores(value.scores) &&
    isAnonymisation(value.anonymisation) &&
    hasKeys(value.generator, ['app', 'version']) &&
    isText(value.generator.app) &&
    isText(value.generator.version) &&
    matches(value.digest, patterns.sha256)
  );
}

/**
 * An anonymised result read the quick way, or undefined when the text is not one beyond doubt (too
 * large, not JSON, anything the schema might refuse or change): then the full reader decides.
 */
export function quickReadAnonymisedResult(text: string): AnonymisedResultFile | undefined {
  if (text.length * 3 >= fileLimits.json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isPlainAnonymisedResult(value) ? value : undefined;
}
