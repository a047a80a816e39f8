import { describe, expect, it } from 'vitest';
import { spreadWord } from './condition-sections';
import { distanceWord } from './path-verdict';
import { readFileSync } from 'node:fs';
import { buildReportModel } from './report-model';
import { selfScanV1 } from '../../../tests/support/questionnaires';

describe('distanceWord', () => {
  it.each([
    [0, 'verySmall'],
    [0.049, 'verySmall'],
    [0.05, 'small'],
    [-0.19, 'small'],
    [0.2, 'large'],
    [0.49, 'large'],
    [0.5, 'veryLarge'],
    [0.81, 'veryLarge'],
  ])('a difference of %s is %s', (difference, word) => {
    expect(distanceWord(difference)).toBe(word);
  });
});

describe('spreadWord', () => {
  it.each([
    [0, 'agree'],
    [0.49, 'agree'],
    [0.5, 'somewhat'],
    [0.99, 'somewhat'],
    [1, 'apart'],
  ])('an IQR of %s reads as %s', (iqr, word) => {
    expect(spreadWord(iqr)).toBe(word);
  });
});

describe('the verdict when no route fits and all are equally close', () => {
  it('names no route as closest', () => {
    // Hoogland: culture is low, so both routes (minimum over their conditions) share culture's membership
    const result = JSON.parse(
      readFileSync('tests/fixtures/results/hoogland-care-culture-low.result.json', 'utf8'),
    );
    expect(result.scores.paths.A.membership).toBe(result.scores.paths.B.membership);
    const model = buildReportModel({ result, questionnaire: selfScanV1, language: 'nl' });
    expect(model.verdict.paragraphs[0]).toBe(
      'Jullie passen nu nog bij geen van de routes. Ze komen allemaal even dicht in de buurt (0,05).',
    );
    expect(model.verdict.paragraphs.join(' ')).not.toMatch(/komt het dichtst/);
  });
});
