import { questionnaireKey } from '../questionnaire/identity';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';
import { readAnswers, writeAnswers } from './code/answer-digits';
import {
  ByteReader,
  ByteWriter,
  CodeBytesError,
  readId,
  readTime,
  writeId,
  writeTime,
} from './code/bytes';
import { withChecksum, withoutChecksum } from './code/checksum';
import { fromCodeText, toCodeText } from './code/text-alphabets';
import { buildResponseFile, responseFileSchema, type ResponseFile } from './response-file';

/** The version of the response code's layout, named in every code after `CKR`. */
export const responseCodeVersion = 1;
/** The largest QR code a response code may need, at error-correction level M: still scannable from a phone screen. */
export const responseCodeQr = {
  maxVersion: 25,
  errorCorrection: 'M',
  /** characters a version 25 code holds at level M in alphanumeric mode (ISO/IEC 18004, table 7) */
  maxLength: 1451,
} as const;
/** Hex digits of the questionnaire's SHA-256 carried in the code; the full hash comes from the scan. */
const hashPrefixBytes = 8;

export type ResponseCodeError =
  | { code: 'code-malformed' }
  | { code: 'code-version'; found: string }
  | { code: 'code-checksum' }
  | { code: 'other-scan'; found: string; expected: string }
  | { code: 'other-questionnaire'; found: string; expected: string };
export type ResponseCodeRead =
  { ok: true; file: ResponseFile } | { ok: false; error: ResponseCodeError };

const flags = { scanUuid: 1, respondentUuid: 2, hasLabel: 4, timeMillis: 8 } as const;

function hashPrefix(sha256: string): number[] {
  return Array.from({ length: hashPrefixBytes }, (_, i) =>
    parseInt(sha256.slice(2 * i, 2 * i + 2), 16),
  );
}

/**
 * A response file as a short text of QR alphanumeric characters: `CKR1:` and the bytes (ids,
 * questionnaire, answers as one number in item order, time) with a CRC-32. Reading it back needs
 * the questionnaire the answers were given on.
 */
export function encodeResponseCode(input: {
  file: ResponseFile;
  questionnaire: Questionnaire;
}): string {
  const { file, questionnaire } = input;
  const body = new ByteWriter();
  const ref = file.questionnaire;
  body.text(ref.id);
  for (const part of ref.version.split('.')) body.varint(Number(part));
  body.raw(hashPrefix(ref.sha256));
  let set = 0;
  if (writeId(body, file.scanId)) set |= flags.scanUuid;
  if (writeId(body, file.respondentId)) set |= flags.respondentUuid;
  if (file.label !== undefined) {
    set |= flags.hasLabel;
    body.text(file.label);
  }
  if (writeTime(body, file.submittedAt)) set |= flags.timeMillis;
  writeAnswers(body, questionnaire, file.answers);
  const all = new ByteWriter();
  all.byte(set);
  all.raw(body.bytes());
  return `CKR${responseCodeVersion}:${toCodeText(withChecksum(all.bytes()))}`;
}

/** A typed or pasted code as the scanner would read it: no spaces or line breaks, capitals. */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The scan a response code belongs to, read without its questionnaire; undefined for a damaged or foreign text. */
export function peekResponseCodeScan(text: string): string | undefined {
  const match = /^CKR(\d{1,4}):(.*)$/.exec(normaliseCode(text));
  if (!match || match[1] !== String(responseCodeVersion)) return undefined;
  const raw = fromCodeText(match[2] ?? '');
  const bytes = raw && withoutChecksum(raw);
  if (!bytes) return undefined;
  try {
    const reader = new ByteReader(bytes);
    const set = reader.byte();
    reader.text();
    reader.varint();
    reader.varint();
    reader.varint();
    reader.raw(hashPrefixBytes);
    return readId(reader, (set & flags.scanUuid) !== 0);
  } catch (error) {
    if (error instanceof CodeBytesError) return undefined;
    throw error;
  }
}

/** Reads a response code for a scan: refuses damaged codes and codes of another scan or questionnaire. */
export function decodeResponseCode(input: {
  text: string;
  scan: { id: string; questionnaire: QuestionnaireRef };
  questionnaire: Questionnaire;
}): ResponseCodeRead {
  const fail = (error: ResponseCodeError): ResponseCodeRead => ({ ok: false, error });
  const match = /^CKR(\d{1,4}):(.*)$/.exec(normaliseCode(input.text));
  if (!match) return fail({ code: 'code-malformed' });
  const [, version = '', body = ''] = match;
  if (version !== String(responseCodeVersion))
    return fail({ code: 'code-version', found: version });
  const raw = fromCodeText(body);
  const bytes = raw && withoutChecksum(raw);
  if (!bytes) return fail({ code: 'code-checksum' });
  try {
    return readBody(new ByteReader(bytes), input);
  } catch (error) {
    if (error instanceof CodeBytesError) return fail({ code: 'code-malformed' });
    throw error;
  }
}

function readBody(
  reader: ByteReader,
  input: { scan: { id: string; questionnaire: QuestionnaireRef }; questionnaire: Questionnaire },
): ResponseCodeRead {
  const set = reader.byte();
  const id = reader.text();
  const version = [reader.varint(), reader.varint(), reader.varint()].join('.');
  const prefix = Array.from(reader.raw(hashPrefixBytes));
  const scanId = readId(reader, (set & flags.scanUuid) !== 0);
  const expected = input.scan.questionnaire;
  if (scanId !== input.scan.id) {
    return { ok: false, error: { code: 'other-scan', found: scanId, expected: input.scan.id } };
  }
  const isSameQuestionnaire =
    id === expected.id &&
    version === expected.version &&
    prefix.every((b, i) => b === hashPrefix(expected.sha256)[i]) &&
    input.questionnaire.id === id &&
    input.questionnaire.version === version;
  if (!isSameQuestionnaire) {
    const found = questionnaireKey({ id, version });
    return {
      ok: false,
      error: { code: 'other-questionnaire', found, expected: questionnaireKey(expected) },
    };
  }
  const respondentId = readId(reader, (set & flags.respondentUuid) !== 0);
  const label = (set & flags.hasLabel) !== 0 ? reader.text() : undefined;
  const submittedAt = readTime(reader, (set & flags.timeMillis) !== 0);
  const answers = readAnswers(reader, input.questionnaire);
  if (!reader.isAtEnd() || set >= 16) throw new CodeBytesError('unexpected bytes in the code');
  const file = buildResponseFile({
    questionnaire: expected,
    scanId,
    respondentId,
    ...(label === undefined ? {} : { label }),
    answers,
    submittedAt,
  });
  const parsed = responseFileSchema.safeParse(file);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, error: { code: 'code-malformed' } };
}
