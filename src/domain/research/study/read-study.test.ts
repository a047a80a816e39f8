import { describe, expect, it } from 'vitest';
import { buildStudyFile } from './new-study';
import { decodeStudyCode, encodeStudyCode, readStudyFile, studyCodeFromSearch } from './read-study';

const keyBytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
const study = buildStudyFile({
  name: 'Levend lab Rotterdam 2027',
  k: 5,
  collects: { sector: 1, province: 1 },
  id: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
  keyBytes,
  createdAt: '2027-02-01T10:00:00.000Z',
});

describe('study invitation', () => {
  it('writes format and version first and a 43-character key of 256 bits', () => {
    expect(Object.keys(study).slice(0, 2)).toEqual(['format', 'formatVersion']);
    expect(study.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 0, 7, 14 … as base64url: 000000 000000 011100 ... starts with "AAcO"
    expect(study.key.startsWith('AAcO')).toBe(true);
  });

  it('reads back from its file and from its link code unchanged', () => {
    expect(readStudyFile(JSON.stringify(study))).toEqual({ ok: true, study });
    const code = encodeStudyCode(study);
    expect(code.startsWith('1.')).toBe(true);
    expect(decodeStudyCode(code)).toEqual({ ok: true, study });
    expect(studyCodeFromSearch(`s=${code}`)).toBe(code);
  });

  it('refuses a key of another length with its byte count', () => {
    const short = { ...study, key: study.key.slice(0, 22) };
    expect(readStudyFile(JSON.stringify(short))).toEqual({
      ok: false,
      problem: { code: 'bad-key-length', bytes: 16, expected: 32 },
    });
    const notBase64 = { ...study, key: 'not a key!' };
    expect(readStudyFile(JSON.stringify(notBase64))).toEqual({
      ok: false,
      problem: { code: 'bad-key-length', bytes: null, expected: 32 },
    });
  });

  it('refuses another format, a later version and a bad field with the file error codes', () => {
    const result = readStudyFile(JSON.stringify({ ...study, format: 'ck-result' }));
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'file',
        error: { code: 'wrong-format', expected: 'ck-study', found: 'ck-result', kind: 'object' },
      },
    });
    const later = readStudyFile(JSON.stringify({ ...study, formatVersion: 2 }));
    expect(later.ok ? null : later.problem).toMatchObject({
      code: 'file',
      error: { code: 'unsupported-version', found: 2, supported: 1 },
    });
    const badK = readStudyFile(JSON.stringify({ ...study, k: 0 }));
    expect(badK.ok ? null : badK.problem).toMatchObject({
      code: 'file',
      error: { code: 'invalid', issues: [{ path: 'k' }] },
    });
    const tooCoarse = readStudyFile(JSON.stringify({ ...study, collects: { sector: 9 } }));
    expect(tooCoarse.ok).toBe(false);
  });

  it('refuses a link that is not a study code', () => {
    for (const code of ['', '2.abc', '1.', '1.!!!', `1.${btoa('\u00ff\u00fe')}`]) {
      expect(decodeStudyCode(code)).toEqual({ ok: false, problem: { code: 'not-a-study-link' } });
    }
  });
});
