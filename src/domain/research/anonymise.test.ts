import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markedResult, selfScanEntry } from '../../../tests/research/make-results';
import { anonymisedResultFileSchema } from '../files/anonymised-result-file';
import type { ResultFile } from '../files/result-file-schema';
import { createSeededRandom } from '../random';
import { anonymiseResults } from './anonymise';
import { anonymiseSingleResult, previewSingleAnonymisation } from './anonymise-single';

/** Every string leaf of a value with its path. */
function leaves(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

// Leaves of the input that may appear in the output: references, generator, option values of answers.
const keptPath =
  /^(\.format|\.questionnaire\.|\.generator\.|\.scores\.|\.digest|\.responses\.\d+\.answers\.(trait_|[a-z]+_\d))/;
const optionPath =
  /^\.collective\.(sector|legalForm|memberBand|province)$|^\.responses\.\d+\.answers\.(role|sector)$/;

function expectNothingIdentifying(input: ResultFile, output: unknown) {
  const text = JSON.stringify(output);
  const checked = leaves(input).filter(
    (leaf) => !keptPath.test(leaf.path) && !optionPath.test(leaf.path),
  );
  // name, municipality, label, scan id, dates, 3 × (respondent id, role, comment, text answer, unknown item)
  expect(checked.length).toBeGreaterThanOrEqual(6 + 3 * 5);
  for (const leaf of checked) expect(text, leaf.path).not.toContain(leaf.value);
  expect(text).not.toContain('1987');
  expect(text).not.toContain('2024-03');
  expect(text).not.toContain('board');
  expect(text).not.toContain('volunteerBand');
}

describe('anonymiseResults', () => {
  it('leaves no identifying field of any input in a batch', async () => {
    const { registry } = await selfScanEntry();
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => markedResult(n)));
    const { files, report } = await anonymiseResults({
      results,
      questionnaires: registry,
      random: createSeededRandom(7),
    });
    expect(files).toHaveLength(6);
    results.forEach((result, i) => expectNothingIdentifying(result, files[i]));
    for (const file of files) expect(anonymisedResultFileSchema.safeParse(file).success).toBe(true);
    // all six share every quasi-identifier, so nothing needs generalising
    expect(files[0]?.collective).toEqual({
      sector: 'energy',
      legalForm: 'cooperative',
      memberBand: 'from26to100',
      province: 'utrecht',
      foundingDecade: 1980,
    });
    expect(files[0]?.scan.year).toBe(2024);
    expect(report.removed).toMatchObject({
      name: 6,
      municipality: 6,
      comments: 18,
      roles: 18 + 18,
      textAnswers: 36,
      profileAnswers: 18,
      respondentIds: 18,
    });
    expect(report.isSatisfied).toBe(true);
  });

  it('keeps the scores the scorer gives on the kept answers', async () => {
    const { registry } = await selfScanEntry();
    const result = await markedResult(1);
    const { files } = await anonymiseResults({
      results: [result],
      questionnaires: registry,
      random: createSeededRandom(1),
    });
    const conditions = files[0]?.scores.conditions ?? {};
    for (const [id, score] of Object.entries(result.scores.conditions))
      expect(conditions[id]?.mean).toBe(score.mean);
  });

  it('gives fresh ids from the random source: the same seed the same file, another seed other ids', async () => {
    const { registry } = await selfScanEntry();
    const results = [await markedResult(1)];
    const run = (seed: number) =>
      anonymiseResults({ results, questionnaires: registry, random: createSeededRandom(seed) });
    const [a, b, c] = await Promise.all([run(3), run(3), run(4)]);
    expect(a.files).toEqual(b.files);
    expect(c.files[0]?.scan.id).not.toBe(a.files[0]?.scan.id);
    expect(new Set(a.files[0]?.responses.map((r) => r.respondentId)).size).toBe(3);
  });

  it('adds a pseudonym only with a study key: HMAC-SHA-256 of the collective id, never of the name', async () => {
    const { registry } = await selfScanEntry();
    const a = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
    const b = '9f8e7d6c-5b4a-4938-a726-150f4e3d2c1b';
    const results = [
      await markedResult(1, { id: a }),
      // the same collective renamed: still the same pseudonym
      await markedResult(1, { id: a, name: 'Een nieuwe naam' }),
      // another collective with the first one's name: another pseudonym
      await markedResult(2, { id: b, name: 'MARK1-NAME' }),
      // a version-1 result: no id, so no pseudonym, and the report says why
      await markedResult(3),
    ];
    const random = createSeededRandom(1);
    const withKey = await anonymiseResults({
      results,
      questionnaires: registry,
      random,
      studyKey: 'study-2026',
    });
    const otherKey = await anonymiseResults({
      results,
      questionnaires: registry,
      random,
      studyKey: 'other-study',
    });
    const withoutKey = await anonymiseResults({ results, questionnaires: registry, random });
    const [p1, p1again, p2, none] = withKey.files.map((file) => file.collective.pseudonym);
    expect(p1).toBe(createHmac('sha256', 'study-2026').update(a).digest('hex'));
    expect(p1again).toBe(p1);
    expect(p2).toBe(createHmac('sha256', 'study-2026').update(b).digest('hex'));
    expect(none).toBeUndefined();
    expect(JSON.stringify(withKey.files)).not.toContain(a);
    expect(otherKey.files[0]?.collective.pseudonym).not.toBe(p1);
    expect(withoutKey.files.every((file) => !('pseudonym' in file.collective))).toBe(true);
    expect(withKey.report.counts.withPseudonym).toBe(3);
    expect(withKey.report.withoutPseudonym).toEqual([{ index: 3, code: 'no-collective-id' }]);
    expect(withoutKey.report.withoutPseudonym).toEqual([]);
  });

  it('refuses results on an unknown questionnaire', async () => {
    const { registry } = await selfScanEntry();
    const result = await markedResult(1);
    const unknown = { ...result, questionnaire: { ...result.questionnaire, version: '9.9.9' } };
    const { files, report } = await anonymiseResults({
      results: [result, unknown],
      questionnaires: registry,
      random: createSeededRandom(1),
    });
    expect(files).toHaveLength(1);
    expect(report.refused).toEqual([{ index: 1, code: 'unknown-questionnaire' }]);
  });
});

describe('anonymiseSingleResult', () => {
  it('suppresses every quasi-identifier unless the person keeps one, and states k = 1', async () => {
    const { entry } = await selfScanEntry();
    const result = await markedResult(1);
    const random = createSeededRandom(1);
    const plain = await anonymiseSingleResult({
      result,
      questionnaire: entry.questionnaire,
      random,
    });
    expectNothingIdentifying(result, plain.file);
    expect(plain.file.collective).toEqual({
      sector: 'suppressed',
      legalForm: 'suppressed',
      memberBand: 'suppressed',
      province: 'suppressed',
      foundingDecade: 'suppressed',
    });
    expect(plain.file.anonymisation).toMatchObject({ k: 1, mode: 'single' });
    expect(plain.report.isSatisfied).toBe(true);
    const kept = await anonymiseSingleResult({
      result,
      questionnaire: entry.questionnaire,
      random,
      keep: { province: 1, sector: 0 },
    });
    expect(kept.file.collective).toMatchObject({ province: 'region.west', sector: 'energy' });
    expect(kept.report.isSatisfied).toBe(false);
  });

  it('previews what is removed and what each level would publish', async () => {
    const { entry } = await selfScanEntry();
    const result = await markedResult(1);
    const preview = previewSingleAnonymisation({
      result,
      questionnaire: entry.questionnaire,
      keep: { foundingDecade: 1 },
    });
    expect(preview.removed).toMatchObject({
      name: 1,
      municipality: 1,
      comments: 3,
      textAnswers: 6,
    });
    const decade = preview.quasiIdentifiers.find((q) => q.id === 'foundingDecade');
    expect(decade).toMatchObject({ given: 1980, published: '1980-1999', level: 1 });
    expect(decade?.levels.map((l) => l.value)).toEqual([1980, '1980-1999', 'suppressed']);
  });
});
