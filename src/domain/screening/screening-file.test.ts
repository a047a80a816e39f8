import { describe, expect, it } from 'vitest';
import { fixtureResults, screenedResult } from '../../../tests/support/screened';
import { testRuntime } from '../../../tests/support/runtime';
import { applicantsFromBatch } from './applicant';
import { defaultCriteria } from './criteria';
import { buildScreeningFile, readScreeningFile } from './screening-file';

const applicants = applicantsFromBatch({
  files: fixtureResults.slice(0, 3).map((f) => screenedResult(f.result)),
  knownFiles: new Set(),
  importedAt: '2027-02-01T10:00:00.000Z',
  newId: testRuntime().newId,
});
const file = buildScreeningFile({
  applicants,
  criteria: { ...defaultCriteria, minScore: { culture: 60 } },
  savedAt: '2027-02-02T10:00:00.000Z',
  generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
});

describe('screening file', () => {
  it('reads back exactly what was saved', () => {
    const read = readScreeningFile(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
    expect(file.applicants).toHaveLength(3);
  });

  it.each([
    ['not JSON', '{"format": "ck-screening",', 'unreadable'],
    ['another format', JSON.stringify({ ...file, format: 'ck-result' }), 'wrong-format'],
    ['a newer version', JSON.stringify({ ...file, formatVersion: 2 }), 'unsupported-version'],
    [
      'a bad status',
      JSON.stringify({ ...file, applicants: [{ ...applicants[0], status: 'fine' }] }),
      'invalid',
    ],
    [
      'one digest twice',
      JSON.stringify({ ...file, applicants: [applicants[0], { ...applicants[0], id: 'x' }] }),
      'invalid',
    ],
  ])('refuses %s with its own code', (_what, text, code) => {
    const read = readScreeningFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe(code);
  });

  it('names the path of the first problem', () => {
    const broken = { ...file, applicants: [{ ...applicants[0], status: 'fine' }] };
    const read = readScreeningFile(JSON.stringify(broken));
    const paths =
      !read.ok && read.error.code === 'invalid' ? read.error.issues.map((i) => i.path) : [];
    expect(paths).toContain('applicants[0].status');
  });
});
