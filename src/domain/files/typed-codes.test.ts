import { describe, expect, it } from 'vitest';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { decodeInvitationCode, encodeInvitationCode } from './invitation-code';
import { buildInvitationFile } from './invitation-file';
import {
  decodeResponseCode,
  encodeResponseCode,
  normaliseCode,
  responseCodeBlocks,
} from './response-code';
import { forgivingCodeAlphabet } from './code/text-alphabets';
import { buildResponseFile } from './response-file';

// codes written by the app before version 2 of the response code and version 3 of the invitation
// (taken from its encoders at commit 5b4c1e9): they must read exactly as they did
const ref = { id: 'ck-selfscan', version: '1.0.0', sha256: `fd50d5ee${'a'.repeat(56)}` };
const scan = { id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', questionnaire: ref };
const oldResponseCode =
  'CKR1:N:1J6DJ064ID3OD96D1OE000$LXUCS/OM/OMNF8ANI2AA$/9AVIE1L4Q3U48YGLG+P/HUF%95QI7*1VP5D4AW.2-HD6ID%SFR5FS*CAIDI.D0SDHKE/*C.EFEULAY3SBG000S006VWD9SW-G-P0MZSGA9930Q%VE3';
const oldInvitationV1 =
  '1.Bwtjay1zZWxmc2NhbgEAAP1Q1e6qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqPyuMHk1aS2yNfp8KGyw9Tg1Wb29yamFhciAyMDI3AaQAUWqA_T_eaA';
const oldInvitationV2 =
  '2.Dwtjay1zZWxmc2NhbgEAAP1Q1e6qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqPyuMHk1aS2yNfp8KGyw9Tg1Wb29yamFhciAyMDI3GEVuZXJnaWUgQ2_DtnBlcmF0aWUgT29zdAGkAFFqgAX7DIs';

const oldResponse = buildResponseFile({
  questionnaire: ref,
  scanId: scan.id,
  respondentId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  label: 'Ledenvergadering maart',
  answers: { culture_1: 4, culture_2: null, role: 'volunteer', trait_impact: 'partly' },
  submittedAt: '2027-03-02T12:00:00.123Z',
});
const invitation = buildInvitationFile({
  questionnaire: ref,
  scanId: scan.id,
  label: 'Voorjaar 2027',
  collectiveName: 'Energie Coöperatie Oost',
  createdAt: '2027-03-01T09:00:00.000Z',
});
const read = (text: string) => decodeResponseCode({ text, scan, questionnaire: selfScanV1 });

describe('codes written before members were named', () => {
  it('reads a version 1 answer code unchanged, O, I and L included', () => {
    expect(oldResponseCode).toMatch(/[OIL]/);
    expect(read(oldResponseCode)).toEqual({ ok: true, file: oldResponse });
    // in version 1, O and 0 are different characters: no forgiving there
    expect(normaliseCode(oldResponseCode)).toBe(oldResponseCode);
    expect(read(oldResponseCode.replace('ID3O', 'ID30'))).toEqual({
      ok: false,
      error: { code: 'code-checksum' },
    });
  });

  it('reads version 1 and 2 invitation codes unchanged', () => {
    const { collectiveName: _name, ...withoutName } = invitation;
    expect(decodeInvitationCode(oldInvitationV1)).toEqual({ ok: true, file: withoutName });
    expect(decodeInvitationCode(oldInvitationV2)).toEqual({ ok: true, file: invitation });
  });

  it('still writes invitations without a member exactly as before', () => {
    const { collectiveName: _name, ...withoutName } = invitation;
    expect(encodeInvitationCode(invitation)).toBe(oldInvitationV2);
    expect(encodeInvitationCode(withoutName)).toBe(oldInvitationV1);
  });
});

describe('an invitation for a named member (version 3)', () => {
  const member = buildInvitationFile({
    ...invitation,
    respondentId: '0b7d5c1a-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
    respondentName: 'Penningmeester Ayşe',
  });

  it('round-trips the respondent id and name', () => {
    const code = encodeInvitationCode(member);
    expect(code.startsWith('3.')).toBe(true);
    expect(decodeInvitationCode(code)).toEqual({ ok: true, file: member });
  });

  it('round-trips a member without a name and with a non-UUID id', () => {
    const { respondentName: _n, ...nameless } = { ...member, respondentId: 'lid-7' };
    expect(decodeInvitationCode(encodeInvitationCode(nameless))).toEqual({
      ok: true,
      file: nameless,
    });
  });

  it('is refused by the rules of version 2: a version 2 code never carries a member', () => {
    const code = encodeInvitationCode(member).replace(/^3\./, '2.');
    expect(decodeInvitationCode(code)).toEqual({
      ok: false,
      error: { code: 'invitation-damaged' },
    });
  });
});

describe('the typed answer code (version 2)', () => {
  const named = { ...oldResponse, respondentName: 'Ayşe' };
  const code = encodeResponseCode({ file: named, questionnaire: selfScanV1 });
  const body = code.slice('CKR2:'.length);

  it('carries the respondent name and has no O, I or L after its prefix', () => {
    expect(code.startsWith('CKR2:')).toBe(true);
    expect(body).not.toMatch(/[OIL]/);
    expect(read(code)).toEqual({ ok: true, file: named });
  });

  it('is shown in blocks of five and reads back from them, in lower case too', () => {
    const blocks = responseCodeBlocks(code);
    expect(
      blocks
        .split(' ')
        .slice(1, -1)
        .every((b) => b.length === 5),
    ).toBe(true);
    expect(blocks.replaceAll(' ', '')).toBe(code);
    expect(read(blocks)).toEqual({ ok: true, file: named });
    expect(read(`  ${blocks.toLowerCase()}\n`)).toEqual({ ok: true, file: named });
  });

  it('reads an O typed for 0 and an I or L typed for 1', () => {
    expect(body).toMatch(/0/);
    expect(body).toMatch(/1/);
    let ones = 0;
    const typed = body.replaceAll('0', 'O').replace(/1/g, () => (ones++ % 2 ? 'l' : 'I'));
    expect(typed).not.toBe(body);
    expect(read(`CKR2:${typed}`)).toEqual({ ok: true, file: named });
  });

  it('names the block holding a character no code has', () => {
    const at = 12; // the 13th character of the body: block 3
    const typed = `${body.slice(0, at)}#${body.slice(at + 1)}`;
    expect(read(`CKR2:${typed}`)).toEqual({
      ok: false,
      error: { code: 'code-character', character: '#', block: 3 },
    });
  });

  it('says a character is missing or too many when the length cannot be a code and no one slip explains it', () => {
    // two or more characters left out or added in different places: no single place to name
    const gone = [2, 3, 4].find((k) => (body.length - k) % 3 === 1) ?? 0;
    const places = [10, 40, 70, 100].slice(0, gone);
    const short = Array.from(body)
      .filter((_, i) => !places.includes(i))
      .join('');
    const extra = [2, 3, 4].find((k) => (body.length + k) % 3 === 1) ?? 0;
    const long = places
      .slice(0, extra)
      .reduceRight((text, at) => `${text.slice(0, at)}7${text.slice(at)}`, body);
    expect(short.length % 3).toBe(1);
    expect(long.length % 3).toBe(1);
    expect(read(`CKR2:${short}`)).toEqual({ ok: false, error: { code: 'code-length' } });
    expect(read(`CKR2:${long}`)).toEqual({ ok: false, error: { code: 'code-length' } });
  });

  /** The body with the character at `at` replaced by another of the alphabet, unlike its neighbours. */
  const otherAt = (at: number) =>
    Array.from(forgivingCodeAlphabet).find(
      (c) => c !== body[at] && c !== body[at - 1] && c !== body[at + 1],
    ) ?? '';

  /** The first place from `from` on whose character differs from both neighbours (a slip there has one reading). */
  const loneAt = (from: number) =>
    Array.from(body).findIndex(
      (c, i) => i >= from && c !== body[i - 1] && c !== body[i + 1] && body[i + 1] !== body[i + 2],
    );
  const wrongAt = loneAt(37);
  const swapAt = loneAt(50);
  const missingAt = loneAt(23);
  const extraAt = loneAt(60);

  it.each([
    [
      'wrong',
      wrongAt,
      (b: string) => `${b.slice(0, wrongAt)}${otherAt(wrongAt)}${b.slice(wrongAt + 1)}`,
      body[wrongAt],
    ],
    [
      'swapped',
      swapAt,
      (b: string) => `${b.slice(0, swapAt)}${b[swapAt + 1]}${b[swapAt]}${b.slice(swapAt + 2)}`,
      body[swapAt],
    ],
    [
      'missing',
      missingAt,
      (b: string) => `${b.slice(0, missingAt)}${b.slice(missingAt + 1)}`,
      body[missingAt],
    ],
    [
      'extra',
      extraAt,
      (b: string) => `${b.slice(0, extraAt)}${otherAt(extraAt)}${b.slice(extraAt)}`,
      otherAt(extraAt),
    ],
  ] as const)(
    'names the block and place of one %s character, and what fits there',
    (kind, at, slip, character) => {
      expect(at).toBeGreaterThan(0);
      expect(read(`CKR2:${slip(body)}`)).toEqual({
        ok: false,
        error: {
          code: 'code-typo',
          kind,
          block: Math.floor(at / 5) + 1,
          place: (at % 5) + 1,
          character,
        },
      });
    },
  );

  it('names no place when two characters are wrong: the checksum alone cannot say', () => {
    const twice = `${body.slice(0, 20)}${otherAt(20)}${body.slice(21, 90)}${otherAt(90)}${body.slice(91)}`;
    expect(read(`CKR2:${twice}`)).toEqual({ ok: false, error: { code: 'code-checksum' } });
  });
});
