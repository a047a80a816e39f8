import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { anonymiseRefusalText, outcomeProblemText, researchRefusalText } from './research-text';
import { englishTranslate } from './english';
import { translateFrom } from './translate';

const dutch = translateFrom(nl);
const english = translateFrom(en);

describe('research wording', () => {
  it('words a refusal with its paths in both languages, never as a bare key', () => {
    const refusal = {
      code: 'invalid' as const,
      params: { paths: ['scores', 'collective.sector'] },
    };
    for (const t of [dutch, english]) {
      const text = researchRefusalText(refusal, t);
      expect(text).toContain('scores, collective.sector');
      expect(text).not.toContain('researchCodes');
    }
    expect(researchRefusalText({ code: 'too-large', params: { size: 9, limit: 5 } }, english)).toBe(
      'This file is too large (9 bytes; the limit is 5 bytes).',
    );
  });

  it('words an outcome problem with its line number', () => {
    const problem = { code: 'value-out-of-range' as const, line: 7 };
    expect(outcomeProblemText(problem, english)).toBe('Line 7: the value is not between 0 and 1.');
    expect(outcomeProblemText(problem, dutch)).toMatch(/7/);
    expect(outcomeProblemText(problem, dutch)).not.toBe(outcomeProblemText(problem, english));
  });

  it('words an anonymisation refusal in the English the command line prints', () => {
    expect(
      anonymiseRefusalText({ index: 0, code: 'unknown-questionnaire' }, englishTranslate),
    ).toBe('This result belongs to a questionnaire the app does not know.');
  });
});
