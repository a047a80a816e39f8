import { describe, expect, it } from 'vitest';
import miniV1 from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import { findSummary, summarise } from './summary';
import { questionnaireSchema } from './schema';

const ref = { id: 'mini', version: '1.0.0', sha256: 'a'.repeat(64) };

describe('summarise: what a member’s welcome needs of a questionnaire', () => {
  it('counts the questions a member answers and names the page of the first', () => {
    // mini 1.0.0 has 19 items; `sector` and `founded` are the collective's (the coordinator's), the
    // other 17 a member's; `role`, on the profile page, is the first of them
    const summary = summarise({ questionnaire: questionnaireSchema.parse(miniV1), ref });
    expect(summary).toEqual({ ref, respondentQuestions: 17, firstPageId: 'profile' });
  });

  it('skips pages with no question for a member', () => {
    const onlyCollective = {
      ...miniV1,
      items: miniV1.items.map((item) =>
        item.section === 'profile' ? { ...item, scope: 'collective' } : item,
      ),
    };
    // the profile page now holds only the coordinator's questions; the traits page comes first
    const summary = summarise({ questionnaire: questionnaireSchema.parse(onlyCollective), ref });
    expect(summary.firstPageId).toBe('traits');
    expect(summary.respondentQuestions).toBe(16);
  });

  it('has no first page when a member has nothing to answer', () => {
    const none = {
      ...miniV1,
      items: miniV1.items.map((item) => ({ ...item, scope: 'collective' })),
    };
    const summary = summarise({ questionnaire: questionnaireSchema.parse(none), ref });
    expect(summary).toEqual({ ref, respondentQuestions: 0, firstPageId: null });
  });
});

describe('findSummary', () => {
  const summaries = [{ ref, respondentQuestions: 17, firstPageId: 'profile' }];

  it('finds the summary of the same id, version and hash', () => {
    expect(findSummary(summaries, { ...ref })).toBe(summaries[0]);
  });

  it('finds none for another version or another hash of the same version', () => {
    expect(findSummary(summaries, { ...ref, version: '1.1.0' })).toBeUndefined();
    expect(findSummary(summaries, { ...ref, sha256: 'b'.repeat(64) })).toBeUndefined();
    expect(findSummary(summaries, { ...ref, id: 'other' })).toBeUndefined();
  });
});
