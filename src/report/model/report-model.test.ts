import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../domain/files/read-file';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { buildReportModel } from './report-model';
import { dutchResult } from '../../../tests/support/report-result';

const fixtureDir = join(process.cwd(), 'tests/fixtures/results');
const fixtureNames = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.result.json'))
  .sort();

function fixture(name: string): ResultFile {
  const read = readResultFile(readFileSync(join(fixtureDir, name), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.error.code}`);
  return read.file;
}

const model = (name: string, language: 'nl' | 'en' = 'nl') =>
  buildReportModel({ result: fixture(name), questionnaire: selfScanV1, language });

const row = (m: ReturnType<typeof model>, id: string) => m.summary.rows.find((r) => r.id === id);

describe('buildReportModel snapshots', () => {
  it.each(fixtureNames)('%s (nl)', (name) => {
    expect(model(name)).toMatchSnapshot();
  });

  it('oogst-food-path-a (en)', () => {
    expect(model('oogst-food-path-a.result.json', 'en')).toMatchSnapshot();
  });
});

describe('buildReportModel, checked by hand', () => {
  it('Binnenhof fits route B only; leadership 37.5 shows as 38, low', () => {
    const m = model('binnenhof-housing-path-b.result.json');
    // leadership mean 2.5 → (2.5 − 1) / 4 × 100 = 37.5, rounded half up
    expect(row(m, 'leadership')).toMatchObject({ score: 38, scoreText: '38', bandLabel: 'laag' });
    expect(m.summary.radarAlt).toContain('Gedeeld leiderschap 38 van 100 (laag); ');
    // A = min(..., leadership): 1 / (1 + 19^(0.75 / 1.25)) = 0.146; B: culture 4.333 → 1 / (1 + 19^−1.083) = 0.960
    expect(m.verdict.paths.map((p) => [p.id, p.membershipText, p.fitsText])).toEqual([
      ['A', '0,15', 'nee'],
      ['B', '0,96', 'ja'],
    ]);
    expect(m.verdict.fittingPaths).toEqual(['B']);
    expect(m.verdict.headline).toBe('Jullie passen bij route B');
    expect(m.verdict.paragraphs[0]).toBe(
      'Jullie passen bij route B (0,96). Het verschil met route A (0,15) is heel groot.',
    );
    expect(m.verdict.isNecessaryMet).toBe(true);
    // the bottleneck of B leads the condition sections
    expect(m.conditions[0]?.id).toBe('culture');
    expect(m.conditions[0]?.badges).toEqual(['Zwakste schakel van route B', 'Altijd nodig']);
  });

  it('Hoogland misses the necessary condition: culture first, headline says so', () => {
    const m = model('hoogland-care-culture-low.result.json');
    expect(m.verdict.isNecessaryMet).toBe(false);
    expect(m.verdict.headline).toBe('Eerst werken aan de basis: gedeelde ondernemende cultuur');
    expect(m.verdict.paragraphs[1]).toContain('nog te zwak (score 25)');
    expect(m.conditions.map((c) => c.id)[0]).toBe('culture');
  });

  it('Schakel: one respondent, network insufficient, no route can be calculated', () => {
    const m = model('schakel-neighbourhood-insufficient.result.json');
    expect(row(m, 'network')).toMatchObject({
      score: null,
      scoreText: '–',
      bandLabel: 'te weinig antwoorden',
      insufficient: true,
      respondents: 0,
    });
    expect(m.summary.radar.hasSpread).toBe(false);
    // the radar in words: an insufficient condition has no score, only its band; no spread sentence
    expect(m.summary.radarAlt).toMatch(
      /^Radardiagram van de vijf voorwaarden, elk van 0 \(midden\) tot 100 \(rand\): .*; Sterk netwerk: te weinig antwoorden\.$/,
    );
    expect(m.verdict.headline).toBe('Te weinig antwoorden voor een oordeel');
    expect(m.verdict.paragraphs[0]).toContain(
      'Route A en route B zijn niet te berekenen: er zijn te weinig antwoorden over sterk netwerk.',
    );
    expect(m.conditions.at(-1)?.id).toBe('network');
    expect(m.conditions.at(-1)?.recommendations).toEqual([]);
    // one respondent: every answered item has exactly one answer counted
    for (const item of m.appendix.groups.flatMap((g) => g.items)) {
      const total = item.counts.reduce((a, b) => a + b, 0) + item.dontKnow + item.unanswered;
      expect(total).toBe(1);
    }
  });

  it('Zonnedael: both routes, spread on the radar, IQR and date in each language', () => {
    const nl = model('zonnedael-energy-both-paths.result.json');
    const en = model('zonnedael-energy-both-paths.result.json', 'en');
    expect(nl.verdict.fittingPaths).toEqual(['A', 'B']);
    expect(nl.verdict.headline).toBe('Jullie passen bij meer dan één route');
    expect(nl.summary.radar.hasSpread).toBe(true);
    // the radar in words ends with the spread band's sentence, in each language
    expect(nl.summary.radarAlt).toMatch(
      /\. Een gekleurde band toont waar de middelste helft van de deelnemers zit\.$/,
    );
    expect(en.summary.radarAlt).toMatch(
      /^Radar chart of the five conditions, each from 0 \(centre\) to 100 \(edge\): .+ out of 100 \(high\).*\. A coloured band shows where the middle half of the respondents are\.$/,
    );
    // leadership q1 4.333 → 83.33, q3 4.667 → 91.67
    expect(nl.summary.radar.axes[0]?.spread?.low).toBeCloseTo(83.333, 3);
    expect(nl.summary.radar.axes[0]?.spread?.high).toBeCloseTo(91.667, 3);
    expect(row(nl, 'leadership')?.iqrText).toBe('0,33');
    expect(row(en, 'leadership')?.iqrText).toBe('0.33');
    expect(nl.cover.date).toBe('21 maart 2025');
    expect(en.cover.date).toBe('21 March 2025');
    expect(nl.cover.questionnaire).toBe('ck-selfscan@1.0.0');
    expect(nl.cover.digestPrefix).toBe(nl.cover.digest.slice(0, 12));
    expect(nl.footer.text).toBe(
      `vragenlijst ck-selfscan@1.0.0 · resultaat ${nl.cover.digestPrefix}`,
    );
    expect(en.footer.pageTemplate).toBe('page {page} of {pages}');
  });

  it('Oogst: discussion points are items whose answers are 3 or more apart', () => {
    const m = model('oogst-food-path-a.result.json');
    const points = m.conditions.flatMap((c) => c.discussionPoints);
    expect(points).toHaveLength(4);
    for (const point of points) {
      expect(point.max - point.min).toBeGreaterThanOrEqual(3);
      expect(point.rangeText).toBe(`antwoorden van ${point.min} tot ${point.max}`);
    }
    for (const item of m.appendix.groups.flatMap((g) => g.items)) {
      const total = item.counts.reduce((a, b) => a + b, 0) + item.dontKnow + item.unanswered;
      expect(total).toBe(8);
    }
  });

  it('the method states the anchors used and that they are defaults, with the reference', () => {
    const m = model('oogst-food-path-a.result.json');
    expect(m.method.anchors[0]).toEqual({
      conditionId: 'leadership',
      title: 'Gedeeld leiderschap',
      exclusion: '2,00',
      crossover: '3,25',
      inclusion: '4,25',
    });
    expect(m.method.anchorsNote).toContain('Het zijn niet de drempels uit het onderzoek zelf');
    expect(m.method.references[0]).toContain('10.1080/14719037.2021.1999669');
    expect(m.method.paragraphs.join(' ')).toContain('(mediaan − 1) / 4 × 100');
  });
});

describe('buildReportModel with a Dutch-named collective', () => {
  it('dates the scan in Dutch time: 22:30 UTC on 30 September is 1 October', async () => {
    const m = buildReportModel({
      result: await dutchResult(),
      questionnaire: selfScanV1,
      language: 'nl',
    });
    expect(m.cover.date).toBe('1 oktober 2025');
    expect(m.cover.facts).toContainEqual({ label: 'Gemeente', value: 'Súdwest-Fryslân' });
    expect(m.cover.facts).toContainEqual({ label: 'Provincie', value: 'Fryslân' });
  });

  it('lists respondents by role, with names only when given', async () => {
    const result = await dutchResult();
    const without = buildReportModel({ result, questionnaire: selfScanV1, language: 'nl' });
    expect(without.appendix.roles).toEqual([
      { role: 'board', label: 'Bestuurslid', count: 1, names: [] },
      { role: 'volunteer', label: 'Actieve vrijwilliger', count: 1, names: [] },
      { role: 'member', label: 'Lid', count: 1, names: [] },
    ]);
    const named = buildReportModel({
      result,
      questionnaire: selfScanV1,
      language: 'nl',
      respondentNames: { r1: 'Anouk de Vries', r3: 'Ĳsbrand' },
    });
    expect(named.appendix.roles.map((role) => role.names)).toEqual([
      ['Anouk de Vries'],
      ['Ĳsbrand'],
      [],
    ]);
  });

  it('is pure: the same model twice, and the result is not changed', async () => {
    const result = await dutchResult();
    const before = structuredClone(result);
    const first = buildReportModel({ result, questionnaire: selfScanV1, language: 'en' });
    expect(buildReportModel({ result, questionnaire: selfScanV1, language: 'en' })).toEqual(first);
    expect(result).toEqual(before);
  });

  it('refuses a questionnaire other than the result was made with', async () => {
    const result = await dutchResult();
    const other = { ...selfScanV1, version: '9.9.9' };
    expect(() => buildReportModel({ result, questionnaire: other, language: 'nl' })).toThrow(
      /ck-selfscan@1.0.0/,
    );
  });
});

describe('no placeholder is left unfilled', () => {
  it.each(fixtureNames)('%s', (name) => {
    for (const language of ['nl', 'en'] as const) {
      const { footer, ...rest } = model(name, language);
      expect(JSON.stringify(rest)).not.toMatch(/\{\w+\}/);
      expect(footer.pageTemplate).toMatch(/\{page\}.*\{pages\}/);
    }
  });
});
