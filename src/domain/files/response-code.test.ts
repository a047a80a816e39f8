import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import type { AnswerValue, Item } from '../questionnaire/schema';
import { forgivingCodeAlphabet } from './code/text-alphabets';
import {
  decodeResponseCode,
  encodeResponseCode,
  normaliseCode,
  peekResponseCodeScan,
  responseCodeQr,
} from './response-code';
import { buildResponseFile, type ResponseFile } from './response-file';

const ref = { id: 'ck-selfscan', version: '1.0.0', sha256: `fd50d5ee${'a'.repeat(56)}` };
const scan = { id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', questionnaire: ref };
const items = selfScanV1.items;

function response(overrides: Partial<Parameters<typeof buildResponseFile>[0]> = {}): ResponseFile {
  return buildResponseFile({
    questionnaire: ref,
    scanId: scan.id,
    respondentId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    label: 'Ledenvergadering maart',
    answers: { culture_1: 4, culture_2: null, role: 'volunteer', trait_impact: 'partly' },
    submittedAt: '2027-03-02T12:00:00.123Z',
    ...overrides,
  });
}

const read = (text: string, into = scan) =>
  decodeResponseCode({ text, scan: into, questionnaire: selfScanV1 });
const roundTrip = (file: ResponseFile) =>
  read(encodeResponseCode({ file, questionnaire: selfScanV1 }));

/** The values an item can take in a response, one of each kind. */
function sampleValues(item: Item): AnswerValue[] {
  switch (item.type) {
    case 'likert5':
      return [1, 2, 3, 4, 5, null];
    case 'single-choice':
      return [...item.options.map((o) => o.value), null];
    case 'multi-choice':
      return [item.options.map((o) => o.value), [], null];
    case 'number':
    case 'year':
      return [2019, null];
    case 'text':
      return ['Groningen, wijk Oosterpoort', 'ĳsbaan “’t Hoekje” €', null];
  }
}

describe('response code', () => {
  it.each(items.flatMap((item) => sampleValues(item).map((value) => [item.type, item.id, value])))(
    'round-trips a %s answer (%s = %j)',
    (_type, itemId, value) => {
      const file = response({ answers: { [String(itemId)]: value as AnswerValue } });
      expect(roundTrip(file)).toEqual({ ok: true, file });
    },
  );

  it('round-trips a response with every item answered, without a label, with a non-UUID id and an offset time', () => {
    const answers = Object.fromEntries(items.map((item) => [item.id, sampleValues(item)[0]!]));
    const file = response({
      answers,
      respondentId: 'resp-1',
      submittedAt: '2027-03-02T13:00:00+01:00',
    });
    delete file.label;
    expect(roundTrip(file)).toEqual({ ok: true, file });
  });

  it('round-trips answers the import will refuse (off the scale, unknown item), so the same checks see them', () => {
    const file = response({ answers: { culture_1: 7, role: 'mayor', cultuur_9: 3 } });
    expect(roundTrip(file)).toEqual({ ok: true, file });
  });

  it('round-trips any response (property)', () => {
    const answerOf = (item: Item) =>
      fc.option(fc.constantFrom(...sampleValues(item)), { nil: undefined });
    const answers = fc
      .tuple(...items.map((item) => answerOf(item).map((v) => [item.id, v] as const)))
      .map(
        (pairs) =>
          Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<
            string,
            AnswerValue
          >,
      );
    const id = fc.oneof(
      fc.uuid({ version: 4 }),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
    );
    fc.assert(
      fc.property(
        answers,
        id,
        fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
        fc.date({ min: new Date(0), max: new Date(2 ** 42), noInvalidDate: true }),
        (a, respondentId, label, when) => {
          const file = response({
            answers: a,
            respondentId,
            label,
            submittedAt: when.toISOString(),
          });
          if (label === undefined) delete file.label;
          expect(roundTrip(file)).toEqual({ ok: true, file });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses only QR alphanumeric characters, and reads back typed in lower case with spaces', () => {
    const code = encodeResponseCode({ file: response(), questionnaire: selfScanV1 });
    expect(code).toMatch(/^CKR2:[0-9A-HJKMNP-Z$%*+\-./:]+$/);
    const typed = code.toLowerCase().replace(/(.{5})/g, '$1 ');
    expect(normaliseCode(typed)).toBe(code);
    expect(read(typed)).toEqual({ ok: true, file: response() });
  });

  it('refuses a single changed character anywhere, naming its block and place and what fits there', () => {
    const code = encodeResponseCode({ file: response(), questionnaire: selfScanV1 });
    const start = 'CKR2:'.length;
    const alphabet = Array.from(forgivingCodeAlphabet);
    // every 7th place (7 is prime to the blocks of 5 and the groups of 3, so every place in a block
    // and every place in a group is met), one other character each: each refusal tries thousands of slips
    for (let at = start; at < code.length; at += 7) {
      const other = alphabet[(alphabet.indexOf(code[at] ?? '') + 1 + (at % 40)) % 41] ?? '';
      const changed = code.slice(0, at) + other + code.slice(at + 1);
      const index = at - start;
      expect(read(changed)).toEqual({
        ok: false,
        error: {
          code: 'code-typo',
          kind: 'wrong',
          block: Math.floor(index / 5) + 1,
          place: (index % 5) + 1,
          character: code[at],
        },
      });
    }
  });

  it.each([
    ['a shortened code', (c: string) => c.slice(0, -3), 'code-checksum'],
    ['text that is no code', () => 'hello world', 'code-malformed'],
    ['an invitation link', () => 'http://127.0.0.1/#/respond?i=1.abc', 'code-malformed'],
  ])('refuses %s', (_case, change, code) => {
    const text = change(encodeResponseCode({ file: response(), questionnaire: selfScanV1 }));
    expect(read(text)).toEqual({ ok: false, error: { code } });
  });

  it('tells the scan of a code without its questionnaire, and nothing for a damaged one', () => {
    const code = encodeResponseCode({ file: response(), questionnaire: selfScanV1 });
    expect(peekResponseCodeScan(code)).toBe(scan.id);
    expect(peekResponseCodeScan(code.slice(0, -1))).toBeUndefined();
    expect(peekResponseCodeScan('hello')).toBeUndefined();
  });

  it('refuses a code of a later version with its own message', () => {
    const code = encodeResponseCode({ file: response(), questionnaire: selfScanV1 });
    expect(read(code.replace('CKR2:', 'CKR3:'))).toEqual({
      ok: false,
      error: { code: 'code-version', found: '3' },
    });
  });

  it('refuses a code for another scan, naming both', () => {
    const code = encodeResponseCode({
      file: response({ scanId: 'scan-elsewhere' }),
      questionnaire: selfScanV1,
    });
    expect(read(code)).toEqual({
      ok: false,
      error: { code: 'other-scan', found: 'scan-elsewhere', expected: scan.id },
    });
  });

  it.each([
    ['another version', { ...ref, version: '1.1.0' }, 'ck-selfscan@1.1.0'],
    ['another hash', { ...ref, sha256: 'b'.repeat(64) }, 'ck-selfscan@1.0.0'],
    ['another questionnaire', { ...ref, id: 'other-scan-list' }, 'other-scan-list@1.0.0'],
  ])('refuses a code given on %s', (_case, questionnaire, found) => {
    const code = encodeResponseCode({
      file: response({ questionnaire }),
      questionnaire: selfScanV1,
    });
    expect(read(code)).toEqual({
      ok: false,
      error: { code: 'other-questionnaire', found, expected: 'ck-selfscan@1.0.0' },
    });
  });

  it(`fits the largest response in one QR code of version ≤ ${responseCodeQr.maxVersion} at level ${responseCodeQr.errorCorrection}`, () => {
    // every item answered with its longest value (also the collective's own items), the longest
    // label in three-byte characters; ids and time as the app makes them
    const answers = Object.fromEntries(
      items.map((item) => {
        if (item.type === 'text') return [item.id, '€'.repeat(item.maxLength)];
        if (item.type === 'year') return [item.id, 2027];
        return [item.id, sampleValues(item).at(-2)!];
      }),
    );
    const file = response({ answers, label: '€'.repeat(120) });
    const code = encodeResponseCode({ file, questionnaire: selfScanV1 });
    const qr = encode(code, {
      ecc: responseCodeQr.errorCorrection,
      maxVersion: responseCodeQr.maxVersion,
    });
    expect(qr.version).toBeLessThanOrEqual(responseCodeQr.maxVersion);
    expect(code.length).toBeLessThanOrEqual(responseCodeQr.maxLength);
    expect(read(code)).toEqual({ ok: true, file });
  });

  it('knows how many characters that QR code holds', () => {
    const { maxLength, maxVersion, errorCorrection: ecc } = responseCodeQr;
    expect(encode('A'.repeat(maxLength), { ecc, maxVersion }).version).toBe(maxVersion);
    expect(() => encode('A'.repeat(maxLength + 1), { ecc, maxVersion })).toThrow();
  });

  it('keeps a typical response (no label, every likert item answered) in a small QR code', () => {
    const answers = Object.fromEntries(
      items
        .filter((i) => i.scope === 'respondent')
        .map((item) => [item.id, sampleValues(item)[0]!]),
    );
    const file = response({ answers });
    delete file.label;
    const code = encodeResponseCode({ file, questionnaire: selfScanV1 });
    expect(code.length).toBeLessThan(160);
    expect(encode(code, { ecc: 'M' }).version).toBeLessThanOrEqual(7);
  });
});
