import { fromBase64Url, toBase64Url } from '../../files/code/text-alphabets';
import type { FileError } from '../../files/file-error';
import { readFormattedFile } from '../../files/read-file';
import { studyFileSchema, studyKeyBytes, type StudyFile } from './study-file';
import { studyKeyLength } from './study-key';

/** Why a study invitation (file or link) was refused; worded by src/wording/study-text.ts. */
export type StudyProblem =
  | { code: 'file'; error: FileError }
  | { code: 'bad-key-length'; bytes: number | null; expected: number }
  | { code: 'not-a-study-link' };

export type StudyRead = { ok: true; study: StudyFile } | { ok: false; problem: StudyProblem };

/** A study invitation file is a few hundred bytes; anything much larger is not one. */
export const studyFileMaxBytes = 16 * 1024;

/** Reads a `ck-study` file: the common file checks, its schema, then a key of exactly 256 bits. */
export function readStudyFile(text: string): StudyRead {
  const read = readFormattedFile({
    text,
    format: 'ck-study',
    schema: studyFileSchema,
    maxBytes: studyFileMaxBytes,
  });
  if (!read.ok) return { ok: false, problem: { code: 'file', error: read.error } };
  const bytes = studyKeyLength(read.file.key);
  if (bytes !== studyKeyBytes) {
    return { ok: false, problem: { code: 'bad-key-length', bytes, expected: studyKeyBytes } };
  }
  return { ok: true, study: read.file };
}

/** The version of the link's code; a later one is refused rather than misread. */
const linkVersion = '1';

/** The study as the text of a link's `s=` parameter: `1.` and base64url of the file's UTF-8 JSON. */
export function encodeStudyCode(study: StudyFile): string {
  return `${linkVersion}.${toBase64Url(new TextEncoder().encode(JSON.stringify(study)))}`;
}

/** Reads the `s=` parameter of a study link back into the study, with the same checks as a file. */
export function decodeStudyCode(code: string): StudyRead {
  const [version, body] = code.trim().split('.', 2);
  const bytes = version === linkVersion && body ? fromBase64Url(body) : undefined;
  if (!bytes) return { ok: false, problem: { code: 'not-a-study-link' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'not-a-study-link' } };
  }
  return readStudyFile(text);
}

/** The study code in the `?…` part of an app fragment (`#/research/join?s=…`), if there is one. */
export function studyCodeFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('s');
}
