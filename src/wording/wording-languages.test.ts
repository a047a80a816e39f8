// Every wording function of src/wording in both languages: each code has its text (no key left
// unresolved, no placeholder left open), and the command line's English is what it printed before.
import { describe, expect, it } from 'vitest';
import { lockStatuses } from '../domain/questionnaire/published-lock';
import type { QuestionnaireError } from '../domain/questionnaire/questionnaire-error';
import { questionnaireErrorCodes } from '../domain/questionnaire/questionnaire-error';
import { describeFileError, describeFinding, describeRefusal } from './describe-file-problem';
import { lockProblemText, lockStatusText } from './lock-text';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { questionnaireErrorLine, questionnaireErrorText } from './questionnaire-error-text';
import { englishTranslate } from './english';
import { translateFrom } from './translate';

const translators = { nl: translateFrom(nl), en: translateFrom(en) };
const unresolved = /questionnaireError\.|fileProblem\.|questionnaireLock\.|\{\{/;
const values = { id: 'x', earlier: 'a', count: 2, got: 3, value: '"v"', values: '"a", "b"' };
const allValues = {
  ...values,
  expected: 'number',
  bound: 1,
  rule: 'id-pattern',
  detail: 'd',
  type: 'text',
  min: 1,
  max: 5,
  exclusion: 2,
  crossover: 3,
  band: 'low',
  version: '1.0.0',
};

describe('src/wording in Dutch and English', () => {
  it.each(['nl', 'en'] as const)('words every questionnaire error code in %s', (language) => {
    const texts = questionnaireErrorCodes.map((code) =>
      questionnaireErrorText({ path: 'x', code, values: allValues }, translators[language]),
    );
    for (const text of texts) expect(text).not.toMatch(unresolved);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(['nl', 'en'] as const)(
    'words file problems, findings and lock states in %s',
    (language) => {
      const t = translators[language];
      const texts = [
        describeFileError({ code: 'unreadable', reason: 'too-deep', limit: 64 }, t),
        describeFileError({ code: 'not-pdf' }, t),
        describeFileError(
          { code: 'invalid', format: 'ck-result', issues: [{ path: 'a', code: 'too-big' }] },
          t,
        ),
        describeFinding(
          {
            code: 'score-differs',
            scope: 'condition',
            id: 'culture',
            field: 'mean',
            stored: 5,
            recomputed: 3.25,
          },
          t,
        ),
        describeRefusal({ fileName: 'f', code: 'duplicate-in-batch', earlier: 'e.json' }, t),
        ...lockStatuses.map((status) => lockStatusText(status, t)),
        lockProblemText({ ok: false, code: 'bad-entry', key: 'k' }, t),
      ];
      for (const text of texts) expect(text).not.toMatch(unresolved);
      expect(texts[0]).toContain('64');
      expect(texts[3]).toContain('3.25');
      expect(texts[4]).toContain('e.json');
    },
  );

  it('prints the English the command line printed before', () => {
    const error: QuestionnaireError = {
      path: 'items[3].type',
      code: 'must-be-one-of',
      values: { values: '"likert5", "text"', got: '"slider"' },
    };
    expect(questionnaireErrorLine(error)).toBe(
      'items[3].type: must be one of "likert5", "text", got "slider"',
    );
    expect(
      questionnaireErrorText({
        path: 'migratesFrom.items["Old item"]',
        code: 'invalid-key',
        values: { rule: 'id-pattern' },
      }),
    ).toBe('invalid key: must start with a lowercase letter and hold only letters, digits, - or _');
    expect(
      describeFileError(
        { code: 'invalid', format: 'ck-result', issues: [{ path: 'a', code: 'too-big' }] },
        englishTranslate,
      ),
    ).toBe('a result file that is not valid: a: too large or too long');
    expect(lockStatusText('differs')).toBe('DIFFERS from published');
    expect(lockStatusText('not-published', translators.nl)).toBe('niet gepubliceerd');
  });
});
