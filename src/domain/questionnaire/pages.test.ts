import { describe, expect, it } from 'vitest';
import published from '../../../questionnaires/ck-selfscan/1.0.0.json';
import { questionnaireSchema } from './schema';
import {
  collectiveItems,
  fillInProgress,
  firstUnanswered,
  isAnswered,
  respondentPages,
  unansweredItems,
} from './pages';

const questionnaire = questionnaireSchema.parse(published);

describe('fill-in pages of ck-selfscan 1.0.0', () => {
  const pages = respondentPages(questionnaire);

  it('follows the page order and leaves collective items to the coordinator', () => {
    expect(pages.map((p) => p.id)).toEqual([
      'profile',
      'traits',
      'leadership',
      'community',
      'business',
      'culture',
      'network',
    ]);
    expect(pages[0]?.items.map((i) => i.id)).toEqual(['role']);
    expect(pages.map((p) => p.items.length)).toEqual([1, 6, 6, 6, 6, 6, 6]);
    expect(collectiveItems(questionnaire).map((i) => i.id)).toEqual([
      'sector',
      'legalForm',
      'memberBand',
      'volunteerBand',
      'staffBand',
      'foundingYear',
      'municipality',
      'province',
      'ownIncomeShare',
    ]);
  });

  it('counts "weet ik niet" as answered and a missing key as not', () => {
    expect(isAnswered({ leadership_1: null }, 'leadership_1')).toBe(true);
    expect(isAnswered({}, 'leadership_1')).toBe(false);
  });

  it('reports progress per page and overall', () => {
    const answers = { role: 'board', leadership_1: 4, leadership_2: null, culture_6: 1 };
    const progress = fillInProgress({ pages, answers });
    expect(progress.overall).toEqual({ answered: 4, total: 37 });
    expect(progress.pages.leadership).toEqual({ answered: 2, total: 6 });
    expect(progress.pages.profile).toEqual({ answered: 1, total: 1 });
    expect(progress.pages.network).toEqual({ answered: 0, total: 6 });
  });

  it('resumes at the first unanswered item, skipping answered pages', () => {
    const traits = Object.fromEntries(pages[1]!.items.map((i) => [i.id, 'yes']));
    expect(firstUnanswered({ pages, answers: {} })).toEqual({ pageId: 'profile', itemId: 'role' });
    expect(
      firstUnanswered({ pages, answers: { role: 'member', ...traits, leadership_1: 3 } }),
    ).toEqual({
      pageId: 'leadership',
      itemId: 'leadership_2',
    });
  });

  it('finds nothing to resume when everything is answered, and lists what is open otherwise', () => {
    const all = Object.fromEntries(
      pages.flatMap((p) => p.items.map((i) => [i.id, i.type === 'likert5' ? 3 : 'yes'])),
    );
    expect(firstUnanswered({ pages, answers: all })).toBeNull();
    const { network_6: _dropped, ...almost } = all;
    expect(unansweredItems({ pages, answers: almost }).map((u) => [u.pageId, u.item.id])).toEqual([
      ['network', 'network_6'],
    ]);
  });
});
