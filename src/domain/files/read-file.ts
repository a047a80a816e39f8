import { z } from '../zod-mini';
import { readJsonText } from '../safe-json';
import { anonymisedResultFileSchema } from './anonymised-result-file';
import { formatVersion } from './common';
import { jsonKind, type FileError, type ReadResult } from './file-error';
import { fileIssuesFrom } from './file-issues';
import { invitationFileSchema } from './invitation-file';
import { responseFileSchema } from './response-file';
import { resultFileSchema, resultFormatVersions } from './result-file-schema';

export type { FileError, FileErrorCode, ReadResult } from './file-error';

function checkEnvelope(
  value: unknown,
  format: string,
  versions: readonly number[],
): FileError | undefined {
  const kind = jsonKind(value);
  if (kind !== 'object') return { code: 'wrong-format', expected: format, found: null, kind };
  const found: unknown = Reflect.get(value as object, 'format');
  if (found !== format) {
    return {
      code: 'wrong-format',
      expected: format,
      found: typeof found === 'string' ? found : null,
      kind,
    };
  }
  const version: unknown = Reflect.get(value as object, 'formatVersion');
  if (typeof version !== 'number' || !versions.includes(version)) {
    return {
      code: 'unsupported-version',
      format,
      found: typeof version === 'number' || typeof version === 'string' ? version : null,
      supported: Math.max(...versions),
    };
  }
  return undefined;
}

/** Reads untrusted text as a file of the given schema, with a distinct error code for each way it can fail. */
export function readFormattedFile<S extends z.core.$ZodType>({
  text,
  format,
  schema,
  maxBytes,
  versions = [formatVersion],
}: {
  text: string;
  format: string;
  schema: S;
  /** the format versions this reader accepts; the common one when absent */
  versions?: readonly number[];
  /** the size limit of this kind of file; the JSON default when absent */
  maxBytes?: number;
}): ReadResult<z.infer<S>> {
  const read = readJsonText(text, maxBytes);
  if (!read.ok) return { ok: false, error: read.error };
  const envelope = checkEnvelope(read.value, format, versions);
  if (envelope) return { ok: false, error: envelope };
  const parsed = z.safeParse(schema, read.value);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    error: { code: 'invalid', format, issues: fileIssuesFrom(parsed.error.issues, read.value) },
  };
}

/** Reads a response file (`ck-response`). */
export const readResponseFile = (text: string) =>
  readFormattedFile({ text, format: 'ck-response', schema: responseFileSchema });

/** Reads a result file (`ck-result`, version 1 or 2); its digest and scores are checked by verifyResult. */
export const readResultFile = (text: string) =>
  readFormattedFile({
    text,
    format: 'ck-result',
    schema: resultFileSchema,
    versions: resultFormatVersions,
  });

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
