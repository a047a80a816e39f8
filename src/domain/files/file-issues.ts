import type { z } from '../zod-mini';
import { formatPath } from '../questionnaire/issue-paths';
import { fileIssueCodes, type FileIssue, type FileIssueCode } from './file-error';

function isPresent(root: unknown, path: readonly PropertyKey[]): boolean {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value !== undefined;
}

const isIssueCode = (value: unknown): value is FileIssueCode =>
  (fileIssueCodes as readonly unknown[]).includes(value);

function codeOf(issue: z.core.$ZodIssue, root: unknown): FileIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return isPresent(root, issue.path) ? 'wrong-type' : 'required';
    case 'invalid_value':
    case 'invalid_union':
      return isPresent(root, issue.path) ? 'not-allowed' : 'required';
    case 'too_small':
      return 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_format':
      return 'bad-text';
    case 'custom': {
      // a refinement names its problem in params.code (see result-file-schema, backup)
      const named: unknown = issue.params?.code;
      return isIssueCode(named) ? named : 'other';
    }
    default:
      return 'other';
  }
}

/** Turns zod's issues into a path and a code each, judged against the raw input; no sentences. */
export function fileIssuesFrom(issues: readonly z.core.$ZodIssue[], root: unknown): FileIssue[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: formatPath([...issue.path, key]),
          code: 'unknown-field' as const,
        }))
      : [{ path: formatPath(issue.path), code: codeOf(issue, root) }],
  );
}
