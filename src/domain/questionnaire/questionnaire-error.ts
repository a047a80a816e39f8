import type { FileError } from '../files/file-error';

/** Every problem a questionnaire file can have, as a code; src/wording words them (nl, en). */
export const questionnaireErrorCodes = [
  // the schema
  'unknown-field',
  'required',
  'required-value',
  'required-one-of',
  'wrong-type',
  'not-whole',
  'must-be',
  'must-be-one-of',
  'not-empty',
  'text-at-least',
  'text-at-most',
  'entries-exactly',
  'entries-at-least',
  'entries-at-most',
  'number-at-least',
  'number-greater-than',
  'number-at-most',
  'number-less-than',
  'invalid-key',
  'id-pattern',
  'path-id-pattern',
  'semver-pattern',
  'sha256-pattern',
  'schema-other',
  // the cross-checks
  'duplicate-id',
  'duplicate-option',
  'also-condition-id',
  'condition-and-section',
  'needs-condition-or-section',
  'unknown-condition',
  'unknown-section',
  'condition-needs-likert',
  'likert-needs-condition',
  'scored-needs-respondent',
  'max-below-min',
  'unknown-page',
  'listed-twice',
  'page-missing',
  'anchor-off-scale',
  'crossover-not-above',
  'inclusion-not-above',
  'condition-without-items',
  'recommendation-missing',
  'migration-not-lower',
  'unknown-item',
  'also-target',
  // against the published versions (questionnaires/)
  'migration-source-unknown',
  'migration-item-unknown',
  'differs-from-published',
] as const;
export type QuestionnaireErrorCode = (typeof questionnaireErrorCodes)[number];

/** The rules the schema states by a code in place of zod's message (the regex checks). */
export const schemaRuleCodes = [
  'id-pattern',
  'path-id-pattern',
  'semver-pattern',
  'sha256-pattern',
] as const satisfies readonly QuestionnaireErrorCode[];

/**
 * One problem in a questionnaire file: where (`items[12].condition`, '' for the whole file), a
 * code and the values its sentence needs; a file that cannot be read at all carries its file error.
 */
export type QuestionnaireError =
  | { path: string; code: QuestionnaireErrorCode; values: Record<string, string | number> }
  | { path: string; code: 'unreadable-file'; error: FileError };
