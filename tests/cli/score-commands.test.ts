// @vitest-environment node
// The command line's own messages (one per way a file can fail), response files grouped by scan, and aggregate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDir, fixtureNames, fixtureResult } from '../support/fixture-results';
import { selfscan } from '../support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResponseFile } from '../../src/domain/files';

const sample = 'oogst-food-path-a.result.json';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-score-'));
  const base = fixtureResult(sample);
  writeFileSync(path('broken.json'), '{"format": "ck-result",');
  writeFileSync(path('questionnaire.json'), JSON.stringify({ format: 'ck-questionnaire' }));
  writeFileSync(path('version-3.json'), JSON.stringify({ ...base, formatVersion: 3 }));
  const unknownVersion = { ...base.questionnaire, version: '1.9.0' };
  writeFileSync(
    path('unknown-version.json'),
    JSON.stringify({ ...base, questionnaire: unknownVersion }),
  );
  base.responses.forEach((response, index) => {
    const file = buildResponseFile({
      questionnaire: base.questionnaire,
      scanId: base.scan.id,
      respondentId: response.respondentId,
      answers: response.answers,
      submittedAt: '2025-03-02T10:00:00.000Z',
    });
    writeFileSync(path(`response-${index}.json`), JSON.stringify(file));
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('selfscan score: errors', { timeout: 60_000 }, () => {
  it.each<[string, RegExp]>([
    ['missing.json', /missing\.json: no such file$/m],
    ['broken.json', /broken\.json: the file is damaged or incomplete: not valid JSON/],
    [
      'questionnaire.json',
      /questionnaire\.json: this is a "ck-questionnaire" file; score reads ck-result and ck-response files/,
    ],
    [
      'version-3.json',
      /version-3\.json: this is a result file in format version 3; this app reads format versions up to 2/,
    ],
    [
      'unknown-version.json',
      /unknown-version\.json: unknown version 1\.9\.0 of questionnaire "ck-selfscan" \(known: 1\.0\.0\)/,
    ],
  ])('%s: its own message on stderr, exit 1', (name, message) => {
    const { code, stderr } = selfscan(['score', path(name)]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses unknown options and no files with exit 2', () => {
    expect(selfscan(['score', '--bogus', path('broken.json')]).code).toBe(2);
    expect(selfscan(['score']).code).toBe(2);
  });
});

describe('selfscan score: response files', { timeout: 60_000 }, () => {
  it('groups response files by scan and scores them together, like the result file', () => {
    const names = fixtureResult(sample).responses.map((_, index) => path(`response-${index}.json`));
    const { code, stdout } = selfscan(['score', '--json', ...names]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fixtureResult(sample).scores);
  });

  it('prints a readable table', () => {
    const { code, stdout } = selfscan(['score', join(fixtureDir, sample)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/condition\s+mean\s+score\s+membership\s+IQR\s+n\s+band/);
    expect(stdout).toMatch(/^leadership\s+\d\.\d\d\s+\d+\s/m);
  });
});

describe('selfscan aggregate', { timeout: 60_000 }, () => {
  // aggregate is the researcher's command: it reads anonymised results only (tests/cli/research.test.ts)
  it('refuses identifying result files, each with its reason in words', () => {
    const { code, stderr } = selfscan(['aggregate', '--json', fixtureDir]);
    expect(code).toBe(1);
    expect(
      stderr.match(
        /: This is a full result file with names and comments, not an anonymised file\./gm,
      ),
    ).toHaveLength(fixtureNames.length);
  });
});
