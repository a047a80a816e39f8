// @vitest-environment node
// selfscan study new, and anonymise --study: the study's pseudonym from the collective's id, a
// version-1 result anonymised without one and the reason said.
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStudyCode, readStudyFile } from '../../src/domain/research/study';
import { dutchResult } from '../support/report-result';
import { fixtureDir } from '../support/fixture-results';
import { selfscan } from '../support/processes';

const collectiveId = '0b7e2a54-1c3d-4e5f-8a6b-7c8d9e0f1a2b';

describe('selfscan study and anonymise --study', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'study-'));
  const studyPath = join(dir, 'study.json');

  it('makes a study file with a 256-bit key and prints the link holding the same study', () => {
    const run = selfscan([
      'study',
      'new',
      '--name',
      'Levend lab 2027',
      '--k',
      '3',
      '--share',
      'sector=1,province=1',
      '--out',
      studyPath,
      '--app-url',
      'https://zelfscan.example/',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const read = readStudyFile(readFileSync(studyPath, 'utf8'));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.study).toMatchObject({ name: 'Levend lab 2027', k: 3 });
    expect(read.study.collects).toEqual({ sector: 1, province: 1 });
    expect(Buffer.from(read.study.key, 'base64url')).toHaveLength(32);
    const { link } = JSON.parse(run.stdout) as { link: string };
    expect(link.startsWith('https://zelfscan.example/#/research/join?s=1.')).toBe(true);
    expect(decodeStudyCode(link.split('?s=')[1]!)).toEqual({ ok: true, study: read.study });
  });

  it('refuses wrong usage with exit 2', () => {
    expect(selfscan(['study', 'new', '--out', join(dir, 'x.json')]).code).toBe(2);
    expect(
      selfscan(['study', 'new', '--name', 'x', '--out', join(dir, 'x.json'), '--share', 'sector=9'])
        .code,
    ).toBe(2);
    expect(selfscan(['study', 'old', '--name', 'x', '--out', join(dir, 'x.json')]).code).toBe(2);
  });

  it('refuses a study file with a short key, saying so', () => {
    const study = JSON.parse(readFileSync(studyPath, 'utf8')) as Record<string, unknown>;
    const bad = join(dir, 'bad-study.json');
    writeFileSync(bad, JSON.stringify({ ...study, key: 'AAAA' }));
    const run = selfscan(['anonymise', fixtureDir, '--study', bad, '--out', join(dir, 'never')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The study key is 24 bits long instead of 256');
  });

  it('gives a version-2 result HMAC-SHA-256(study key, collective id); a version-1 result none, with the reason', async () => {
    const inputs = join(dir, 'inputs');
    const out = join(dir, 'out');
    const v2 = await dutchResult({ collectiveId });
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-v2.result.json'), JSON.stringify(v2));
    writeFileSync(
      join(inputs, 'b-v1.result.json'),
      readFileSync(join(fixtureDir, 'oogst-food-path-a.result.json')),
    );
    const run = selfscan(['anonymise', inputs, '--study', studyPath, '--out', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'b-v1: no pseudonym: this result was made before collectives had ids; export it again from the app',
    );
    const report = JSON.parse(run.stdout) as { k: number; withoutPseudonym: unknown[] };
    // the study's k, as no --k was given
    expect(report.k).toBe(3);
    expect(report.withoutPseudonym).toEqual([{ index: 1, code: 'no-collective-id' }]);
    const files = readdirSync(out)
      .filter((name) => name.startsWith('anonymised-'))
      .sort()
      .map(
        (name) =>
          JSON.parse(readFileSync(join(out, name), 'utf8')) as {
            collective: { pseudonym?: string };
          },
      );
    const { key } = JSON.parse(readFileSync(studyPath, 'utf8')) as { key: string };
    expect(files[0]?.collective.pseudonym).toBe(
      createHmac('sha256', key).update(collectiveId).digest('hex'),
    );
    expect(files[1]?.collective.pseudonym).toBeUndefined();
    expect(
      readdirSync(out)
        .map((name) => readFileSync(join(out, name), 'utf8'))
        .join(''),
    ).not.toContain(collectiveId);
  });
});
