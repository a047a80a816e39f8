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
import { locateTypo, type TypoKind } from './code/locate-typo';
import {
  codeAlphabet,
  forgivingCodeAlphabet,
  fromCodeDigits,
  fromCodeText,
  toCodeText,
} from './code/text-alphabets';
import { buildResponseFile, responseFileSchema, type ResponseFile } from './response-file';

/**
 * The versions of the response code's layout, named after `CKR`: 2 writes its text without O, I and
 * L (so a typed O reads as 0, an I or L as 1) and may carry the respondent's name (flag 16). Codes
 * are written as 2; version 1 codes are read exactly as before.
 */
export const responseCodeVersions = { first: 1, forgiving: 2 } as const;
export const responseCodeVersion = responseCodeVersions.forgiving;
const alphabetOf: Readonly<Record<string, string>> = {
  [responseCodeVersions.first]: codeAlphabet,
  [responseCodeVersions.forgiving]: forgivingCodeAlphabet,
};
/** Each version's flags lie below its limit: a higher flag makes the code damaged. */
const flagLimit: Readonly<Record<string, number>> = {
  [responseCodeVersions.first]: 16,
  [responseCodeVersions.forgiving]: 32,
};
/** Characters a typed version 2 code groups in, separated by spaces (the reader drops spaces). */
export const responseCodeBlock = 5;
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
  /** a character no code has, in the `block`th group of the typed code (1-based) */
  | { code: 'code-character'; character: string; block: number }
  /** one character too many or too few: three characters hold two bytes */
  | { code: 'code-length' }
  /**
   * the one slip of the hand that makes the checksum match: the character at `place` (1-based) of
   * the `block`th group as shown is wrong (`character` fits there), swapped with the next one,
   * left out (`character` belongs there) or typed once too often
   */
  | { code: 'code-typo'; kind: TypoKind; block: number; place: number; character: string }
  | { code: 'other-scan'; found: string; expected: string }
  | { code: 'other-questionnaire'; found: string; expected: string };
export type ResponseCodeRead =
  { ok: true; file: ResponseFile } | { ok: false; error: ResponseCodeError };

const flags = {
  scanUuid: 1,
  respondentUuid: 2,
  hasLabel: 4,
  timeMillis: 8,
  hasRespondentName: 16,
} as const;

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
  if (file.respondentName !== undefined) {
    set |= flags.hasRespondentName;
    body.text(file.respondentName);
  }
  if (writeTime(body, file.submittedAt)) set |= flags.timeMillis;
  writeAnswers(body, questionnaire, file.answers);
  const all = new ByteWriter();
  all.byte(set);
  all.raw(body.bytes());
  const text = toCodeText(withChecksum(all.bytes()), forgivingCodeAlphabet);
  return `CKR${responseCodeVersion}:${text}`;
}

/** A code's text for typing over: after `CKR2:`, groups of five characters with a space between. */
export function responseCodeBlocks(code: string): string {
  const at = code.indexOf(':') + 1;
  const groups = code.slice(at).match(new RegExp(`.{1,${responseCodeBlock}}`, 'g')) ?? [];
  return `${code.slice(0, at)} ${groups.join(' ')}`;
}

/**
 * A typed or pasted code as the scanner would read it: no spaces or line breaks, capitals; in a
 * version 2 code an O is read as 0 and an I or L as 1 (that alphabet has neither).
 */
export function normaliseCode(text: string): string {
  const plain = text.replace(/\s+/g, '').toUpperCase();
  const match = /^(CKR(\d{1,4}):)(.*)$/.exec(plain);
  if (!match || match[2] !== String(responseCodeVersions.forgiving)) return plain;
  return (match[1] ?? '') + (match[3] ?? '').replaceAll('O', '0').replace(/[IL]/g, '1');
}

/** Where a typed code holds a character its alphabet lacks, counted in the blocks it is shown in. */
function strayCharacter(body: string, alphabet: string): ResponseCodeError | undefined {
  const at = Array.from(body).findIndex((c) => !alphabet.includes(c));
  if (at < 0) return undefined;
  const character = Array.from(body)[at] ?? '';
  return { code: 'code-character', character, block: Math.floor(at / responseCodeBlock) + 1 };
}

/** A version 2 code whose checksum fails or whose length cannot be: where the one slip is, when one slip explains it. */
function typoIn(body: string, alphabet: string): ResponseCodeError | undefined {
  const isIntact = (digits: ArrayLike<number>, length: number) => {
    const raw = fromCodeDigits(digits, alphabet.length, length);
    return raw !== undefined && withoutChecksum(raw) !== undefined;
  };
  const typo = locateTypo({ typed: body, alphabet, isIntact });
  if (!typo) return undefined;
  return {
    code: 'code-typo',
    kind: typo.kind,
    block: Math.floor(typo.index / responseCodeBlock) + 1,
    place: (typo.index % responseCodeBlock) + 1,
    character: typo.character,
  };
}

/** The scan a response code belongs to, read without its questionnaire; undefined for a damaged or foreign text. */
export function peekResponseCodeScan(text: string): string | undefined {
  const match = /^CKR(\d{1,4}):(.*)$/.exec(normaliseCode(text));
  const alphabet = match ? alphabetOf[match[1] ?? ''] : undefined;
  if (!match || alphabet === undefined) return undefined;
  const raw = fromCodeText(match[2] ?? '', alphabet);
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
  const alphabet = Object.hasOwn(alphabetOf, version) ? alphabetOf[version] : undefined;
  const limit = flagLimit[version] ?? 0;
  if (alphabet === undefined) return fail({ code: 'code-version', found: version });
  // version 1 keeps its own refusals exactly; version 2 says where a typed code goes wrong
  if (version !== String(responseCodeVersions.first)) {
    const stray = strayCharacter(body, alphabet);
    if (stray) return fail(stray);
    if (body.length % 3 === 1) return fail(typoIn(body, alphabet) ?? { code: 'code-length' });
  }
  const raw = fromCodeText(body, alphabet);
  const bytes = raw && withoutChecksum(raw);
  if (!bytes) {
    const typo =
      version === String(responseCodeVersions.first) ? undefined : typoIn(body, alphabet);
    return fail(typo ?? { code: 'code-checksum' });
  }
  try {
    return readBody(new ByteReader(bytes), { ...input, flagLimit: limit });
  } catch (error) {
    if (error instanceof CodeBytesError) return fail({ code: 'code-malformed' });
    throw error;
  }
}

function readBody(
  reader: ByteReader,
  input: {
    scan: { id: string; questionnaire: QuestionnaireRef };
    questionnaire: Questionnaire;
    flagLimit: number;
  },
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
  if (set >= input.flagLimit) throw new CodeBytesError('a flag this version does not have');
  const label = (set & flags.hasLabel) !== 0 ? reader.text() : undefined;
  const respondentName = (set & flags.hasRespondentName) !== 0 ? reader.text() : undefined;
  const submittedAt = readTime(reader, (set & flags.timeMillis) !== 0);
  const answers = readAnswers(reader, input.questionnaire);
  if (!reader.isAtEnd()) throw new CodeBytesError('unexpected bytes in the code');
  const file = buildResponseFile({
    questionnaire: expected,
    scanId,
    respondentId,
    ...(label === undefined ? {} : { label }),
    ...(respondentName === undefined ? {} : { respondentName }),
    answers,
    submittedAt,
  });
  const parsed = responseFileSchema.safeParse(file);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, error: { code: 'code-malformed' } };
}
