/** Every way a file can be unreadable before its format is even known. */
export const unreadableReasons = [
  'empty',
  'too-large',
  'not-text',
  'html',
  'not-json',
  'too-deep',
  'forbidden-key',
  'not-found',
  'is-folder',
  'cannot-open',
  'unexpected',
] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

/** Why a file could not be read as text or JSON; `reason` says which way, with its values. */
export type Unreadable =
  | {
      code: 'unreadable';
      reason: Exclude<UnreadableReason, 'too-large' | 'too-deep' | 'forbidden-key'>;
    }
  | { code: 'unreadable'; reason: 'too-large'; bytes: number; limit: number }
  | { code: 'unreadable'; reason: 'too-deep'; limit: number }
  | { code: 'unreadable'; reason: 'forbidden-key'; key: string; path: string };

/** What a JSON value is, when it is not the object a format needs. */
export const jsonKinds = ['object', 'array', 'null', 'string', 'number', 'boolean'] as const;
export type JsonKind = (typeof jsonKinds)[number];

/** What is wrong at one place of an otherwise readable file. */
export const fileIssueCodes = [
  'required',
  'wrong-type',
  'not-allowed',
  'too-small',
  'too-big',
  'unknown-field',
  'bad-text',
  'duplicate-id',
  'unknown-reference',
  'other',
] as const;
export type FileIssueCode = (typeof fileIssueCodes)[number];
export type FileIssue = { path: string; code: FileIssueCode };

export const fileErrorCodes = [
  'unreadable',
  'wrong-format',
  'unsupported-version',
  'invalid',
] as const;
export type FileErrorCode = (typeof fileErrorCodes)[number];

/** Why a file was refused: a code and its values, never a sentence; the UI and the CLI word it. */
export type FileError =
  | Unreadable
  /** `found` is the file's own `format` (null when absent); `kind` what the JSON value is */
  | { code: 'wrong-format'; expected: string; found: string | null; kind: JsonKind }
  /** `found` is the file's formatVersion (null when absent or not a number or text) */
  | {
      code: 'unsupported-version';
      format: string;
      found: number | string | null;
      supported: number;
    }
  | { code: 'invalid'; format: string; issues: FileIssue[] };

export type ReadResult<T> = { ok: true; file: T } | { ok: false; error: FileError };

/** The kind of a JSON value, for `wrong-format`. */
export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}
