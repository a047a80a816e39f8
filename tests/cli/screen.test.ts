// @vitest-environment node
// `selfscan screen` on a folder of generated reports and result files: statuses, --json, --csv, criteria.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningFixtures } from '../support/screening-fixtures';
import { selfscan } from '../support/processes';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-screen-'));
  const fixtures = await screeningFixtures();
  const files: [string, Uint8Array][] = [
    ['1-intact.pdf', fixtures.intactPdf],
    ['2-copy.json', fixtures.intactJson],
    ['3-printed.pdf', fixtures.printedEdited],
    ['4-foreign.pdf', fixtures.foreignPdf],
    ['5-half.pdf', fixtures.truncatedPdf],
    ['6-new.json', fixtures.unknownVersion],
  ];
  for (const [name, bytes] of files) writeFileSync(path(name), bytes);
  writeFileSync(
    join(tmpdir(), `${dir.split('/').pop()}-criteria.json`),
    JSON.stringify({
      minScore: { business: 50 },
      mustFitRoute: true,
      necessaryMet: true,
      minRespondents: null,
      questionnaireVersions: null,
      onlyIntact: true,
    }),
  );
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const criteriaPath = () => join(tmpdir(), `${dir.split('/').pop()}-criteria.json`);

describe('selfscan screen', { timeout: 120_000 }, () => {
  it('prints one JSON object per file with its status and reason codes, exit 0', () => {
    const { code, stdout } = selfscan(['screen', dir, '--json']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as Record<string, unknown>[];
    expect(reports.map((r) => [r.file, r.status, r.reasons])).toEqual([
      [path('1-intact.pdf'), 'intact', []],
      // the same result as 1-intact.pdf in another file: listed on its own, saying whose result it carries
      [path('2-copy.json'), 'intact', ['same-result-as']],
      [path('3-printed.pdf'), 'changed', ['score-differs', 'same-result-as']],
      [path('4-foreign.pdf'), 'not-a-selfscan', ['no-attachment']],
      [path('5-half.pdf'), 'unreadable', ['damaged-pdf']],
      // made with ck-selfscan 9.9.9: newer than this app knows, so "update the app", not "unknown"
      [path('6-new.json'), 'newer-questionnaire', ['newer-questionnaire']],
    ]);
    // Voedselcollectief Oogst: scores as printed in its report (fixture oogst-food-path-a)
    expect(reports[0]).toMatchObject({
      collective: { name: 'Voedselcollectief Oogst' },
      scores: { leadership: 75, community: 66, business: 40, culture: 77, network: 79 },
      routeFit: ['A'],
    });
    expect(reports[3]).not.toHaveProperty('collective');
  });

  it('applies criteria and writes a semicolon CSV with a row per file', () => {
    const csv = path('out.csv');
    const { code, stdout } = selfscan([
      'screen',
      path('1-intact.pdf'),
      path('3-printed.pdf'),
      '--criteria',
      criteriaPath(),
      '--csv',
      csv,
      '--semicolon',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('The PDF shows 99 as the score for leadership');
    expect(stdout).toContain('fails: business: score 40, while at least 50 is required.');
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(
      parsed.data.map((row) => [
        row.status,
        row.collective,
        row.score_business,
        row.route_fit,
        row.passes,
        row.fails,
      ]),
    ).toEqual([
      ['intact', 'Voedselcollectief Oogst', '40', 'A', 'no', 'score-below'],
      // the changed file is judged on its answers re-scored (40, route A), not on the 99 it prints
      ['changed', 'Voedselcollectief Oogst', '40', 'A', 'no', 'not-intact score-below'],
    ]);
  });

  it.each([
    [['screen']],
    [['screen', '--nope', 'x.pdf']],
    [['screen', '/no/such/file.pdf']],
    [['screen', 'x.pdf', '--criteria', '/no/such/criteria.json']],
  ])('refuses wrong usage %j with exit 2', (args) => {
    const { code, stderr } = selfscan(args);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run selfscan -- screen');
  });

  it('names what is wrong with a criteria file, exit 2', () => {
    const bad = path('bad-criteria.json');
    writeFileSync(bad, JSON.stringify({ minScore: { culture: 120 } }));
    const { code, stderr } = selfscan(['screen', path('1-intact.pdf'), '--criteria', bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('minScore.culture');
  });
});
