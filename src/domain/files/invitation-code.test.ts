import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvitationCode, encodeInvitationCode } from './invitation-code';
import { encode } from 'uqr';
import { buildInvitationFile } from './invitation-file';

const invitation = buildInvitationFile({
  questionnaire: {
    id: 'ck-selfscan',
    version: '1.0.0',
    sha256: `fd50d5ee${'0123456789abcdef'.repeat(3)}01234567`,
  },
  scanId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e',
  label: 'Ledenvergadering “De Eendracht” – maart',
  createdAt: '2027-03-01T19:30:00.000Z',
});

describe('invitation code', () => {
  it('round-trips an invitation in a short URL-safe text', () => {
    const code = encodeInvitationCode(invitation);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(200);
    expect(decodeInvitationCode(code)).toEqual({ ok: true, file: invitation });
  });

  it('round-trips any invitation (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uuid({ version: 4 }), fc.stringMatching(/^[a-z0-9-]{1,40}$/)),
        fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
        fc.option(fc.string({ maxLength: 120, unit: 'grapheme' }), { nil: undefined }),
        fc.date({ min: new Date(0), max: new Date(2 ** 42), noInvalidDate: true }),
        (scanId, label, collectiveName, when) => {
          const file = buildInvitationFile({
            questionnaire: invitation.questionnaire,
            scanId,
            ...(label === undefined ? {} : { label }),
            ...(collectiveName === undefined ? {} : { collectiveName }),
            createdAt: when.toISOString(),
          });
          expect(decodeInvitationCode(encodeInvitationCode(file))).toEqual({ ok: true, file });
        },
      ),
    );
  });

  it.each([
    [
      'a changed character',
      (c: string) => c.slice(0, 10) + (c[10] === 'A' ? 'B' : 'A') + c.slice(11),
    ],
    ['a cut-off link', (c: string) => c.slice(0, -6)],
    ['no dot', (c: string) => c.replace('.', '')],
    ['an empty text', () => ''],
  ])('refuses %s as damaged', (_case, change) => {
    expect(decodeInvitationCode(change(encodeInvitationCode(invitation)))).toEqual({
      ok: false,
      error: { code: 'invitation-damaged' },
    });
  });

  it('refuses a later version with its own code', () => {
    const code = encodeInvitationCode(invitation).replace(/^1\./, '7.');
    expect(decodeInvitationCode(code)).toEqual({
      ok: false,
      error: { code: 'invitation-version', found: '7' },
    });
  });

  describe('with the collective’s name (code version 2)', () => {
    const named = { ...invitation, collectiveName: 'Buurtcoöperatie Ĳsselmonde “Samen” 🌱' };
    // the code an app from before the name wrote for `invitation` (version 1)
    const oldCode =
      '1.Bwtjay1zZWxmc2NhbgEAAP1Q1e4BI0VniavN7wEjRWeJq83vASNFZ4mrze8BI0VnPyuMHk1aS2yNfp8KGyw9Ti1MZWRlbnZlcmdhZGVyaW5nIOKAnERlIEVlbmRyYWNodOKAnSDigJMgbWFhcnQBpAKSMsDZ8LMU';

    it('round-trips a non-ASCII name as version 2', () => {
      const code = encodeInvitationCode(named);
      expect(code).toMatch(/^2\.[A-Za-z0-9_-]+$/);
      expect(decodeInvitationCode(code)).toEqual({ ok: true, file: named });
    });

    it('without a name still writes version 1, exactly as before, and reads it', () => {
      expect(encodeInvitationCode(invitation)).toBe(oldCode);
      expect(decodeInvitationCode(oldCode)).toEqual({ ok: true, file: invitation });
    });

    it('refuses a version 1 code that claims a name: older apps never wrote one', () => {
      const code = encodeInvitationCode(named).replace(/^2\./, '1.');
      expect(decodeInvitationCode(code)).toEqual({
        ok: false,
        error: { code: 'invitation-damaged' },
      });
    });

    it('keeps the longest name and label (120 three-byte characters each) readable', () => {
      const longest = { ...named, label: '€'.repeat(120), collectiveName: 'ĳ'.repeat(120) };
      expect(decodeInvitationCode(encodeInvitationCode(longest))).toEqual({
        ok: true,
        file: longest,
      });
    });

    // the link the coordinator's screen shows at error-correction level L (InvitationLinkPanel)
    const link = (file: typeof invitation) =>
      `https://zelfscan.collectievekracht.nl/#/respond?i=${encodeInvitationCode(file)}`;

    it('a typical invitation link with the name fits a QR code of version ≤ 9 at level L', () => {
      const typical = {
        ...invitation,
        label: 'Ledenavond november',
        collectiveName: 'Energiecoöperatie De Windvang',
      };
      expect(encode(link(typical), { ecc: 'L' }).version).toBeLessThanOrEqual(9);
      expect(encode(link(invitation), { ecc: 'L' }).version).toBeLessThanOrEqual(9);
    });

    it('the longest possible link still fits one QR code: version ≤ 24 at level L', () => {
      const longest = { ...named, label: '€'.repeat(120), collectiveName: '€'.repeat(120) };
      expect(encode(link(longest), { ecc: 'L' }).version).toBeLessThanOrEqual(24);
    });
  });
});
