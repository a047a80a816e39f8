import type { z } from '../zod-mini';
import { schemaRuleCodes } from './questionnaire-error';
import type { QuestionnaireError, QuestionnaireErrorCode } from './questionnaire-error';

export type { QuestionnaireError } from './questionnaire-error';

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Writes a JSON path the way people read it: `items[12].condition`, `migratesFrom.items["a b"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && plainKey.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A short rendering of a value for a message; long values are cut. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

type Coded = { code: QuestionnaireErrorCode; values: Record<string, string | number> };

const coded = (code: QuestionnaireErrorCode, values: Coded['values'] = {}): Coded => ({
  code,
  values,
});

/** `must be "x"` or `must be one of "x", "y"`: the allowed values shown, in one list. */
function oneOf(single: QuestionnaireErrorCode, many: QuestionnaireErrorCode, values: unknown[]) {
  return values.length === 1
    ? coded(single, { value: showValue(values[0]) })
    : coded(many, { values: values.map((v) => showValue(v)).join(', ') });
}

function sizeError(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, got: unknown): Coded {
  const small = issue.code === 'too_small';
  const count = Number(small ? issue.minimum : issue.maximum);
  const exact = 'exact' in issue && issue.exact === true;
  if (issue.origin === 'string') {
    if (small && count === 1) return coded('not-empty');
    return coded(small ? 'text-at-least' : 'text-at-most', { count });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const relation = exact ? 'entries-exactly' : small ? 'entries-at-least' : 'entries-at-most';
    return coded(relation, { count, got: Array.isArray(got) ? got.length : '–' });
  }
  const relation = small
    ? issue.inclusive
      ? 'number-at-least'
      : 'number-greater-than'
    : issue.inclusive
      ? 'number-at-most'
      : 'number-less-than';
  return coded(relation, { bound: count, got: showValue(got) });
}

const isRuleCode = (message: string): message is (typeof schemaRuleCodes)[number] =>
  (schemaRuleCodes as readonly string[]).includes(message);

function ruleOrMessage(message: string): Coded {
  return isRuleCode(message) ? coded(message) : coded('schema-other', { detail: message });
}

function issueError(issue: z.core.$ZodIssue, got: unknown): Coded {
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return coded('required');
      if (issue.expected === 'int') return coded('not-whole', { got: showValue(got) });
      return coded('wrong-type', { expected: issue.expected, got: kindOf(got) });
    case 'invalid_value':
      return withGot(oneOf('must-be', 'must-be-one-of', issue.values), got);
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      if (options.length === 0) return ruleOrMessage(issue.message);
      if (got === undefined) return oneOf('required-value', 'required-one-of', options);
      return withGot(oneOf('must-be', 'must-be-one-of', options), got);
    }
    case 'too_small':
    case 'too_big':
      return sizeError(issue, got);
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return coded('invalid-key', { rule: inner });
    }
    default:
      return ruleOrMessage(issue.message);
  }
}

function withGot(error: Coded, got: unknown): Coded {
  return { ...error, values: { ...error.values, got: showValue(got) } };
}

/** Turns zod's issues into errors with readable paths and codes, judged against the raw input. */
export function errorsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), code: 'unknown-field', values: {} });
      }
      continue;
    }
    const got = valueAt(raw, issue.path);
    errors.push({ path: formatPath(issue.path), ...issueError(issue, got) });
  }
  return errors;
}
