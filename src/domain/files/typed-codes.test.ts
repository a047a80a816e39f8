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

  it('says a character is missing or too many when the length cannot be a code', () => {
    const short = [1, 2, 3].map((k) => body.slice(0, -k)).find((b) => b.length % 3 === 1);
    const long = [1, 2, 3].map((k) => body + '7'.repeat(k)).find((b) => b.length % 3 === 1);
    expect(read(`CKR2:${short}`)).toEqual({ ok: false, error: { code: 'code-length' } });
    expect(read(`CKR2:${long}`)).toEqual({ ok: false, error: { code: 'code-length' } });
  });
});
