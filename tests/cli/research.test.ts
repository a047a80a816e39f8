// @vitest-environment node
// selfscan anonymise and aggregate: a folder of result files anonymised k-anonymously, then aggregated.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median } from '../../src/domain/scoring';
import { fixtureDir, fixtureNames, fixtureResult } from '../support/fixture-results';
import { selfscan } from '../support/processes';

describe('selfscan anonymise → aggregate', { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'anon-'));
  const keyFile = join(out, '..', `${out.split('/').pop()}-key.txt`);
  writeFileSync(keyFile, 'study-2026\n');

  it('writes one anonymised file per result and a report; no name survives', () => {
    const { code, stdout } = selfscan([
      'anonymise',
      fixtureDir,
      '--out',
      out,
      '--study-key',
      keyFile,
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.counts).toMatchObject({
      input: fixtureNames.length,
      anonymised: fixtureNames.length,
      // the fixtures are version-1 results: no collective id, so no pseudonym (each one listed)
      withPseudonym: 0,
    });
    expect(report.withoutPseudonym).toHaveLength(fixtureNames.length);
    const written = readdirSync(out).filter((name) => name.startsWith('anonymised-'));
    expect(written).toHaveLength(fixtureNames.length);
    const texts = written.map((name) => readFileSync(join(out, name), 'utf8')).join('\n');
    for (const name of fixtureNames) {
      const { collective } = fixtureResult(name);
      if (collective.name) expect(texts).not.toContain(collective.name);
      if (collective.municipality) expect(texts).not.toContain(collective.municipality);
    }
    expect(JSON.parse(readFileSync(join(out, 'anonymisation-report.json'), 'utf8'))).toEqual(
      report,
    );
  });

  it('aggregates the anonymised files: medians per condition as in the fixtures', () => {
    const { code, stdout } = selfscan(['aggregate', '--json', out]);
    expect(code).toBe(0);
    const { n, aggregate } = JSON.parse(stdout);
    expect(n).toBe(fixtureNames.length);
    for (const id of ['leadership', 'culture', 'network']) {
      const means = fixtureNames
        .map((name) => fixtureResult(name).scores.conditions[id]?.mean)
        .filter((m): m is number => typeof m === 'number');
      expect(aggregate.conditions[id].summary.median).toBeCloseTo(median(means) ?? NaN, 12);
    }
  });
});
