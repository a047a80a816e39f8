import type { z } from 'zod';

/** One problem in a questionnaire file: where (`items[12].condition`, '' for the whole file) and what. */
export type QuestionnaireError = { path: string; message: string };

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

function oneOf(values: readonly unknown[]): string {
  return values.length === 1
    ? showValue(values[0])
    : `one of ${values.map((v) => showValue(v)).join(', ')}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, got: unknown) {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const exact = 'exact' in issue && issue.exact === true;
  if (issue.origin === 'string') {
    if (small && bound === 1) return 'must not be empty';
    const unit = bound === 1 ? 'character' : 'characters';
    return `must be at ${small ? 'least' : 'most'} ${bound} ${unit}`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const unit = bound === 1 ? 'entry' : 'entries';
    const count = Array.isArray(got) ? `, got ${got.length}` : '';
    const relation = exact ? 'exactly' : small ? 'at least' : 'at most';
    return `must have ${relation} ${bound} ${unit}${count}`;
  }
  const relation = small
    ? issue.inclusive
      ? 'at least'
      : 'greater than'
    : issue.inclusive
      ? 'at most'
      : 'less than';
  return `must be ${relation} ${bound}, got ${showValue(got)}`;
}

function issueMessage(issue: z.core.$ZodIssue, got: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return 'required';
      if (issue.expected === 'int') return `must be a whole number, got ${showValue(got)}`;
      return `expected ${issue.expected}, got ${kindOf(got)}`;
    case 'invalid_value':
      return `must be ${oneOf(issue.values)}, got ${showValue(got)}`;
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      if (options.length === 0) return issue.message;
      if (got === undefined) return `required: ${oneOf(options)}`;
      return `must be ${oneOf(options)}, got ${showValue(got)}`;
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, got);
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return `invalid key: ${inner}`;
    }
    default:
      return issue.message;
  }
}

/** Turns zod's issues into errors with readable paths and messages, judged against the raw input. */
export function errorsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
      }
      continue;
    }
    const got = valueAt(raw, issue.path);
    errors.push({ path: formatPath(issue.path), message: issueMessage(issue, got) });
  }
  return errors;
}
