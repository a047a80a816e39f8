// @vitest-environment node
// Every fixture result scores identically through the domain API, `selfscan score --json`, and the
// re-score inside verifyResult; and its stored scores are exactly those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNames } from '../support/fixture-results';
import { repoRoot as root, selfscan } from '../support/processes';
import { beforeAll, describe, expect, it } from 'vitest';
import { readResultFile, verifyResult } from '../../src/domain/files';
import type { ResultFile } from '../../src/domain/files';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { scoreScan } from '../../src/domain/scoring';
import { loadQuestionnaireRegistry } from '../../scripts/lib/load-questionnaires';

const fixtures = [...fixtureNames].sort().map((name) => join('tests/fixtures/results', name));

function readFixture(path: string): ResultFile {
  const read = readResultFile(readFileSync(join(root, path), 'utf8'));
  if (!read.ok) throw new Error(`${path}: ${read.error.code}`);
  return read.file;
}

let registry: QuestionnaireRegistry;
beforeAll(async () => {
  registry = await loadQuestionnaireRegistry();
});

describe('fixture results score the same everywhere', { timeout: 60_000 }, () => {
  it('has at least six collectives with 1 to 8 respondents each', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    const counts = fixtures.map((path) => readFixture(path).responses.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(8);
  });

  it.each(fixtures)('%s: stored scores = scoreScan = verifyResult’s re-score', async (path) => {
    const file = readFixture(path);
    const resolved = registry.resolve(file.questionnaire);
    if (!resolved.ok) throw new Error(resolved.reason);
    const direct = scoreScan({
      questionnaire: resolved.entry.questionnaire,
      responses: file.responses,
    });
    expect(direct).toEqual(file.scores);
    expect(await verifyResult({ file, registry })).toEqual([]);
  });

  it('selfscan score --json prints the same scores for all files at once', () => {
    const { code, stdout, stderr } = selfscan(['score', '--json', ...fixtures]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed: unknown = JSON.parse(stdout);
    expect(printed).toEqual(
      fixtures.map((path) => ({ file: path, scores: readFixture(path).scores })),
    );
  });

  it('selfscan score --json prints the scores object itself for one file', () => {
    const [first] = fixtures;
    if (!first) throw new Error('no fixtures');
    const { code, stdout } = selfscan(['score', '--json', first]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(readFixture(first).scores);
  });

  it('covers the cases the fixtures are made for', () => {
    const scores = Object.fromEntries(
      fixtures.map((path) => [
        path.replace(/^.*\/|\.result\.json$/g, ''),
        readFixture(path).scores,
      ]),
    );
    const both = scores['zonnedael-energy-both-paths'];
    expect(both?.paths.A?.fits && both.paths.B?.fits).toBe(true);
    expect(scores['hoogland-care-culture-low']?.necessaryMissing).toEqual(['culture']);
    expect(scores['schakel-neighbourhood-insufficient']?.conditions.network?.insufficient).toBe(
      true,
    );
  });
});
