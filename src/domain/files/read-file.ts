import type { z } from 'zod';
import { errorsFromIssues } from '../questionnaire/issue-paths';
import { readJsonText } from '../safe-json';
import { anonymisedResultFileSchema } from './anonymised-result-file';
import { formatVersion } from './common';
import { invitationFileSchema } from './invitation-file';
import { responseFileSchema } from './response-file';
import { resultFileSchema } from './result-file-schema';

export type FileErrorCode = 'unreadable' | 'wrong-format' | 'unsupported-version' | 'invalid';

export type FileError = {
  code: FileErrorCode;
  message: string;
  /** for `invalid`: each problem with its path, e.g. `responses[2].answers.leadership_1` */
  issues?: { path: string; message: string }[];
};

export type ReadResult<T> = { ok: true; file: T } | { ok: false; error: FileError };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkEnvelope(value: unknown, format: string): FileError | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { code: 'wrong-format', message: `This is ${describe(value)}, not a ${format} file.` };
  }
  const found: unknown = Reflect.get(value, 'format');
  if (found !== format) {
    const what =
      typeof found === 'string' ? `a "${found}" file` : 'a file without a "format" field';
    return { code: 'wrong-format', message: `This is ${what}, not a ${format} file.` };
  }
  const version: unknown = Reflect.get(value, 'formatVersion');
  if (version !== formatVersion) {
    return {
      code: 'unsupported-version',
      message: `This ${format} file has formatVersion ${JSON.stringify(version) ?? 'missing'}; this app reads formatVersion ${formatVersion} only.`,
    };
  }
  return undefined;
}

/** Reads untrusted text as a file of the given schema, with a distinct error code for each way it can fail. */
export function readFormattedFile<S extends z.ZodType>({
  text,
  format,
  schema,
  maxBytes,
}: {
  text: string;
  format: string;
  schema: S;
  /** larger than the usual limit for files that bundle many others (a saved screening) */
  maxBytes?: number;
}): ReadResult<z.infer<S>> {
  const read = readJsonText(text, maxBytes);
  if (!read.ok) return { ok: false, error: { code: 'unreadable', message: read.message } };
  const envelope = checkEnvelope(read.value, format);
  if (envelope) return { ok: false, error: envelope };
  const parsed = schema.safeParse(read.value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issues = errorsFromIssues(parsed.error.issues, read.value);
  const listed = issues.map((issue) => `${issue.path || '(file)'}: ${issue.message}`);
  return {
    ok: false,
    error: { code: 'invalid', message: `Not a valid ${format} file: ${listed.join('; ')}`, issues },
  };
}

/** Reads a response file (`ck-response`). */
export const readResponseFile = (text: string) =>
  readFormattedFile({ text, format: 'ck-response', schema: responseFileSchema });

/** Reads a result file (`ck-result`); its digest and scores are checked by verifyResult. */
export const readResultFile = (text: string) =>
  readFormattedFile({ text, format: 'ck-result', schema: resultFileSchema });

/** Reads an invitation file (`ck-invitation`). */
export const readInvitationFile = (text: string) =>
  readFormattedFile({ text, format: 'ck-invitation', schema: invitationFileSchema });

/** Reads an anonymised result file (`ck-result-anonymised`). */
export const readAnonymisedResultFile = (text: string) =>
  readFormattedFile({ text, format: 'ck-result-anonymised', schema: anonymisedResultFileSchema });

/** The `format` field of a JSON text, to choose a reader; undefined when unreadable or absent. */
export function peekFormat(text: string): string | undefined {
  const read = readJsonText(text);
  if (!read.ok || read.value === null || typeof read.value !== 'object') return undefined;
  const format: unknown = Reflect.get(read.value, 'format');
  return typeof format === 'string' ? format : undefined;
}
