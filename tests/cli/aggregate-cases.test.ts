// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnonymisedResultFile } from '../../src/domain/files/anonymised-result-file';
import { intactResearchFiles, withEditedScore } from '../support/intact-research';
import { selfscan } from '../support/processes';

describe(
  'selfscan aggregate: re-checked files, cases and the outcome file',
  { timeout: 120_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'aggregate-cases-'));
    const files = join(dir, 'files');
    let results: AnonymisedResultFile[] = [];
    beforeAll(async () => {
      results = (await intactResearchFiles(20, 5)).files;
      const { mkdirSync } = await import('node:fs');
      mkdirSync(files);
      results.forEach((r, i) =>
        writeFileSync(join(files, `r${String(i).padStart(2, '0')}.json`), JSON.stringify(r)),
      );
      writeFileSync(
        join(files, 'zz-edited.json'),
        JSON.stringify(await withEditedScore(results[0] as AnonymisedResultFile)),
      );
      writeFileSync(join(files, 'zz-copy.json'), JSON.stringify(results[1]));
    });
    const pseudonyms = () => new Set(results.map((r) => r.collective.pseudonym));

    it('counts one case per pseudonym by default, every scan with --cases all, and lists the changed and duplicate files (exit 1)', () => {
      const latest = selfscan(['aggregate', '--json', files]);
      expect(latest.code).toBe(1);
      const byDefault = JSON.parse(latest.stdout);
      expect(byDefault.loaded).toBe(20);
      expect(byDefault.n).toBe(pseudonyms().size);
      expect(byDefault.cases).toMatchObject({ choice: 'latest', cases: pseudonyms().size });
      expect(
        byDefault.refused.map((r: { source: string; code: string }) => [
          r.source.split('/').pop(),
          r.code,
        ]),
      ).toEqual([
        ['zz-edited.json', 'scores-differ'],
        ['zz-copy.json', 'duplicate'],
      ]);
      const all = JSON.parse(selfscan(['aggregate', '--json', '--cases', 'all', files]).stdout);
      expect(all.n).toBe(20);
      expect(all.aggregate.cases.choice).toBe('all');
      expect(selfscan(['aggregate', '--cases', 'newest', files]).code).toBe(2);
    });

    it('gives every refused line and unmatched pseudonym as warnings, and exits 1 when no pseudonym matches', () => {
      const known = [...pseudonyms()] as string[];
      const outcome = join(dir, 'outcome.csv');
      writeFileSync(
        outcome,
        `pseudoniem;waarde\n${known[0]};0,75\n${known[1]};0x1\n${'f'.repeat(64)};0,5\n`,
      );
      const run = selfscan(['aggregate', '--json', '--outcome', outcome, files]);
      const { warnings, fsqca } = JSON.parse(run.stdout);
      const codes = warnings.map((w: { code: string }) => w.code);
      expect(codes).toContain('value-not-a-number');
      expect(warnings.find((w: { code: string }) => w.code === 'value-not-a-number').line).toBe(3);
      expect(
        warnings.filter((w: { code: string }) => w.code === 'outcome-without-result'),
      ).toHaveLength(1);
      expect(codes.filter((c: string) => c === 'case-without-outcome')).toHaveLength(
        known.length - 1,
      );
      expect(fsqca).not.toBeNull();
      const none = join(dir, 'none.csv');
      writeFileSync(none, `pseudonym,value\n${'e'.repeat(64)},0.5\n`);
      const unmatched = selfscan([
        'aggregate',
        '--json',
        '--cases',
        'all',
        '--outcome',
        none,
        join(files, 'r03.json'),
      ]);
      expect(unmatched.code).toBe(1);
      expect(JSON.parse(unmatched.stdout).fsqca).toBeNull();
      expect(unmatched.stderr).toMatch(
        /no pseudonym of this outcome file belongs to a loaded case/,
      );
    });
  },
);
