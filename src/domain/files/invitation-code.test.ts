import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvitationCode, encodeInvitationCode } from './invitation-code';
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
        fc.date({ min: new Date(0), max: new Date(2 ** 42), noInvalidDate: true }),
        (scanId, label, when) => {
          const file = buildInvitationFile({
            questionnaire: invitation.questionnaire,
            scanId,
            ...(label === undefined ? {} : { label }),
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
});
