import { describe, expect, it } from 'vitest';
import { anonymisedResultFileSchema } from './anonymised-result-file';
import { buildInvitationFile } from './invitation-file';
import {
  peekFormat,
  readAnonymisedResultFile,
  readInvitationFile,
  readResponseFile,
  readResultFile,
} from './read-file';
import { buildResponseFile } from './response-file';
import { testResult } from '../../../tests/support/test-result';

const ref = { id: 'test', version: '1.0.0', sha256: 'a'.repeat(64) };
const response = buildResponseFile({
  questionnaire: ref,
  scanId: 'scan-1',
  respondentId: 'r-7',
  label: 'Voorjaar',
  answers: { leadership_1: 4, leadership_2: null, embedded: 'yes' },
  submittedAt: '2025-03-02T10:00:00.000Z',
});
const text = (value: unknown) => JSON.stringify(value);

describe('response and invitation files', () => {
  it('build with format and formatVersion first and read back unchanged', () => {
    expect(Object.keys(response).slice(0, 2)).toEqual(['format', 'formatVersion']);
    expect(readResponseFile(text(response))).toEqual({ ok: true, file: response });
    const invitation = buildInvitationFile({
      questionnaire: ref,
      scanId: 'scan-1',
      createdAt: '2025-03-01T09:00:00+01:00',
    });
    expect(invitation).toEqual({
      format: 'ck-invitation',
      formatVersion: 1,
      questionnaire: ref,
      scanId: 'scan-1',
      createdAt: '2025-03-01T09:00:00+01:00',
    });
    expect(readInvitationFile(text(invitation))).toEqual({ ok: true, file: invitation });
  });

  it('tells which format a text claims', () => {
    expect(peekFormat(text(response))).toBe('ck-response');
    expect(peekFormat('[1]')).toBeUndefined();
    expect(peekFormat('{')).toBeUndefined();
  });
});

describe('readers: each failure has its own code and values', () => {
  const invalid = (path: string, code: string) => ({
    code: 'invalid',
    format: 'ck-response',
    issues: [{ path, code }],
  });
  it.each<[string, string, object]>([
    ['broken JSON', '{"format": ', { code: 'unreadable', reason: 'not-json' }],
    [
      'prototype key',
      '{"__proto__": {}}',
      { code: 'unreadable', reason: 'forbidden-key', key: '__proto__', path: '__proto__' },
    ],
    [
      'a result given as response',
      text({ format: 'ck-result' }),
      { code: 'wrong-format', expected: 'ck-response', found: 'ck-result', kind: 'object' },
    ],
    [
      'no format field',
      text({ answers: {} }),
      { code: 'wrong-format', expected: 'ck-response', found: null, kind: 'object' },
    ],
    [
      'an array',
      '[]',
      { code: 'wrong-format', expected: 'ck-response', found: null, kind: 'array' },
    ],
    [
      'format version 2',
      text({ ...response, formatVersion: 2 }),
      { code: 'unsupported-version', format: 'ck-response', found: 2, supported: 1 },
    ],
    [
      'format version missing',
      text({ format: 'ck-response' }),
      { code: 'unsupported-version', format: 'ck-response', found: null, supported: 1 },
    ],
    [
      'answer of the wrong type',
      text({ ...response, answers: { leadership_1: { a: 1 } } }),
      invalid('answers.leadership_1', 'not-allowed'),
    ],
    [
      'missing respondent',
      text({ ...response, respondentId: undefined }),
      invalid('respondentId', 'required'),
    ],
    ['unknown field', text({ ...response, extra: 1 }), invalid('extra', 'unknown-field')],
    [
      'bad date',
      text({ ...response, submittedAt: 'yesterday' }),
      invalid('submittedAt', 'bad-text'),
    ],
  ])('%s', (_name, input, error) => {
    expect(readResponseFile(input)).toEqual({ ok: false, error });
  });

  it('names the path of an invalid answer deep in a result file', async () => {
    const file = await testResult();
    const broken = structuredClone(file);
    const third = broken.responses[2];
    if (!third) throw new Error('fixture has three responses');
    Object.assign(third.answers, { leadership_1: { value: 4 } });
    const read = readResultFile(text(broken));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code === 'invalid' && read.error.issues.map((issue) => issue.path)).toContain(
      'responses[2].answers.leadership_1',
    );
  });

  it('refuses two responses with one respondent id', async () => {
    const file = await testResult();
    const first = file.responses[0];
    if (!first) throw new Error('fixture has responses');
    const read = readResultFile(text({ ...file, responses: [...file.responses, first] }));
    expect(!read.ok && read.error).toEqual({
      code: 'invalid',
      format: 'ck-result',
      issues: [{ path: 'responses[3].respondentId', code: 'duplicate-id' }],
    });
  });
});

describe('anonymised result schema', () => {
  const anonymised = async () => {
    const { collective: _c, scan: _s, responses, ...rest } = await testResult();
    return {
      ...rest,
      format: 'ck-result-anonymised',
      collective: {
        sector: 'care',
        legalForm: 'suppressed',
        memberBand: '50+',
        province: 'suppressed',
        foundingDecade: 2010,
      },
      scan: { id: 'x-1', year: 2025 },
      responses: responses.map((r, i) => ({ respondentId: `a${i}`, answers: r.answers })),
      anonymisation: { k: 5 },
    };
  };
  type Anonymised = Awaited<ReturnType<typeof anonymised>>;

  it('accepts a generalised result', async () => {
    const result = anonymisedResultFileSchema.safeParse(await anonymised());
    expect(result.success).toBe(true);
    expect(readAnonymisedResultFile(text(await anonymised())).ok).toBe(true);
  });

  it.each<[string, (file: Anonymised) => unknown]>([
    ['a name', (f) => ({ ...f, collective: { ...f.collective, name: 'X' } })],
    ['a municipality', (f) => ({ ...f, collective: { ...f.collective, municipality: 'X' } })],
    [
      'a founding year instead of a decade',
      (f) => ({ ...f, collective: { ...f.collective, foundingDecade: 2016 } }),
    ],
    [
      'comments',
      (f) => ({ ...f, responses: [{ respondentId: 'a', answers: {}, comments: 'hi' }] }),
    ],
    ['roles', (f) => ({ ...f, responses: [{ respondentId: 'a', answers: {}, role: 'chair' }] })],
  ])('refuses %s', async (_name, change) => {
    expect(anonymisedResultFileSchema.safeParse(change(await anonymised())).success).toBe(false);
  });
});
