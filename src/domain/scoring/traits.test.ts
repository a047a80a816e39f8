import { describe, expect, it } from 'vitest';
import { summariseTraits, traitItemIds } from './traits';
import { makeQuestionnaire } from '../../../tests/support/test-questionnaire';

const questionnaire = makeQuestionnaire({ traits: ['embedded', 'attuned'] });

describe('summariseTraits', () => {
  it('lists single-choice items of traits sections only', () => {
    expect(traitItemIds(questionnaire)).toEqual(['embedded', 'attuned']);
  });

  it('counts yes / partly / no / unanswered per item and in total', () => {
    const profile = summariseTraits({
      questionnaire,
      answers: [
        { embedded: 'yes', attuned: 'no' },
        { embedded: 'yes', attuned: 'maybe' },
        { embedded: 'partly', attuned: null },
        { attuned: 'yes' },
      ],
    });
    // embedded: yes, yes, partly, (missing); attuned: no, (unknown value), null, yes
    expect(profile.items).toEqual({
      embedded: { yes: 2, partly: 1, no: 0, unanswered: 1 },
      attuned: { yes: 1, partly: 0, no: 1, unanswered: 2 },
    });
    // 2 + 1, 1 + 0, 0 + 1, 1 + 2
    expect(profile.total).toEqual({ yes: 3, partly: 1, no: 1, unanswered: 3 });
  });

  it('is empty without trait items', () => {
    const none = makeQuestionnaire({ traits: [] });
    expect(summariseTraits({ questionnaire: none, answers: [{}] })).toEqual({
      items: {},
      total: { yes: 0, partly: 0, no: 0, unanswered: 0 },
    });
  });
});
