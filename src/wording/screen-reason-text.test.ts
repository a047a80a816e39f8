import { describe, expect, it } from 'vitest';
import type { CriterionFail } from '../domain/screening/criteria';
import { criterionFailCodes } from '../domain/screening/criteria';
import type { ScreenReason } from '../domain/screening/screen-status';
import { screenReasonCodes } from '../domain/screening/screen-status';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { englishReasonWording } from './english';
import { criterionFailText, screenReasonText, type ReasonWording } from './screen-reason-text';
import { translateFrom } from './translate';

const ref = { id: 'ck-selfscan', version: '9.9.9', sha256: 'a'.repeat(64) };
const reasons: ScreenReason[] = [
  { code: 'digest-mismatch' },
  {
    code: 'score-differs',
    source: 'stored',
    scope: 'condition',
    id: 'culture',
    field: 'mean',
    stated: 5,
    recomputed: 3.25,
  },
  {
    code: 'score-differs',
    source: 'printed',
    scope: 'condition',
    id: 'culture',
    field: 'score',
    stated: '99',
    recomputed: '77',
  },
  {
    code: 'score-differs',
    source: 'printed',
    scope: 'condition',
    id: 'culture',
    field: 'score',
    stated: null,
    recomputed: '77',
  },
  { code: 'printed-name-differs', attached: 'Oogst' },
  { code: 'printed-digest-differs', pages: [2], printed: null },
  { code: 'printed-digest-differs', pages: [1, 2, 3, 5], printed: 'abc' },
  { code: 'printed-questionnaire-missing', pages: [3], questionnaire: 'ck-selfscan@1.0.0' },
  { code: 'newer-questionnaire', questionnaire: ref, newestKnown: '1.0.0' },
  { code: 'same-result-as', fileName: 'a.pdf', collective: 'Oogst' },
  { code: 'same-result-as', fileName: 'a.pdf', collective: null },
  { code: 'answer-off-scale', respondentId: 'r1', item: 'culture_1', value: 7 },
  { code: 'unknown-item', respondentId: 'r1', item: 'x' },
  { code: 'unknown-questionnaire', reason: 'unknown-id', questionnaire: ref },
  { code: 'unknown-questionnaire', reason: 'unknown-version', questionnaire: ref },
  { code: 'unknown-questionnaire', reason: 'hash-mismatch', questionnaire: ref },
  { code: 'no-attachment' },
  { code: 'attachment-not-result', found: 'ck-response' },
  { code: 'attachment-not-result', found: null },
  { code: 'wrong-format', found: 'ck-invitation' },
  { code: 'wrong-format', found: null },
  { code: 'not-pdf-or-json' },
  { code: 'too-large', bytes: 31457280, limit: 20971520 },
  { code: 'empty-file' },
  { code: 'read-failed' },
  { code: 'damaged-pdf' },
  { code: 'not-json' },
  { code: 'unsupported-format-version', found: 2 },
  { code: 'invalid-file', paths: ['scores.conditions'] },
  { code: 'invalid-file', paths: [] },
  { code: 'duplicate-of', fileName: 'a.pdf' },
  { code: 'already-imported', digest: 'd' },
  { code: 'unpacks-too-large', part: 'attachment', limit: 5 * 1024 * 1024 },
  { code: 'unpacks-too-large', part: 'page', limit: 4 * 1024 * 1024 },
  { code: 'pdf-structure', problem: 'pages', limit: 500 },
  { code: 'pdf-structure', problem: 'xref-cycle', limit: null },
  { code: 'pdf-structure', problem: 'reference-cycle', limit: null },
  { code: 'too-slow', limitMs: 10_000 },
];
const fails: CriterionFail[] = [
  { code: 'not-intact', status: 'changed' },
  { code: 'needs-update' },
  { code: 'no-result' },
  { code: 'unchecked' },
  { code: 'score-below', condition: 'culture', score: 40, min: 60 },
  { code: 'score-below', condition: 'culture', score: null, min: 60 },
  { code: 'no-route' },
  { code: 'necessary-missing', conditions: ['culture'] },
  { code: 'too-few-respondents', respondents: 2, min: 3 },
  { code: 'version-not-allowed', version: 'ck-selfscan@9.9.9' },
];

const translators = { nl: translateFrom(nl), en: translateFrom(en) };
const wording = (language: 'nl' | 'en' = 'nl'): ReasonWording => ({
  t: translators[language],
  conditionName: (id) => `[${id}]`,
});

describe('reason and fail texts', () => {
  it('cover every code', () => {
    expect(new Set(reasons.map((r) => r.code))).toEqual(new Set(screenReasonCodes));
    expect(new Set(fails.map((f) => f.code))).toEqual(new Set(criterionFailCodes));
  });

  it.each(['nl', 'en'] as const)(
    'word each reason and fail in %s, without a missing key or an empty value',
    (language) => {
      const texts = [
        ...reasons.map((r) => screenReasonText(r, wording(language))),
        ...fails.map((f) => criterionFailText(f, wording(language))),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/screeningReasons|criteriaFails|\{\{|undefined/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it('names the condition, the printed and the attached score in Dutch', () => {
    expect(screenReasonText(reasons[2] as ScreenReason, wording())).toBe(
      'De pdf toont 99 als score voor [culture], maar het bijgevoegde resultaat zegt 77.',
    );
    expect(
      screenReasonText(reasons.find((r) => r.code === 'too-large') as ScreenReason, wording()),
    ).toBe('Het bestand is 30.0 MB; de grens is 20.0 MB.');
  });

  it('words the command line in the English texts, numbers rounded to three decimals', () => {
    const stored = reasons[1] as ScreenReason;
    expect(screenReasonText(stored, englishReasonWording)).toBe(
      screenReasonText(stored, { ...wording('en'), conditionName: (id) => id }),
    );
    expect(screenReasonText(stored, englishReasonWording)).toMatch(/culture.*5.*3\.25/);
    expect(
      criterionFailText(
        { code: 'score-below', condition: 'culture', score: 61.23456, min: 70 },
        englishReasonWording,
      ),
    ).toContain('61.235');
  });

  it('words a hostile PDF with its limit, in both languages', () => {
    const bomb: ScreenReason = {
      code: 'unpacks-too-large',
      part: 'attachment',
      limit: 5 * 1024 * 1024,
    };
    expect(screenReasonText(bomb, wording())).toBe(
      'Deze pdf pakt uit tot meer dan 5.0 MB (het bijgevoegde resultaat): geen rapport van de zelfscan.',
    );
    expect(screenReasonText(bomb, englishReasonWording)).toBe(
      'This PDF packs out to more than 5.0 MB (its attached result): not a report made by the self-scan.',
    );
    expect(screenReasonText({ code: 'too-slow', limitMs: 10_000 }, englishReasonWording)).toBe(
      'This file took too long to read (more than 10 seconds) and was given up: not a report made by the self-scan.',
    );
  });
});
