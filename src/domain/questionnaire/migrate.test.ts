import { describe, expect, it } from 'vitest';
import miniV1 from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import miniV2 from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { itemMapping, mapAnswers, mapAnswersAlong, migrationChain } from './migrate';
import { parseQuestionnaire } from './parse';
import type { Answers, Questionnaire } from './schema';

function parsed(raw: unknown): Questionnaire {
  const result = parseQuestionnaire(raw);
  if (!result.ok) throw new Error('fixture does not parse');
  return structuredClone(result.questionnaire);
}

const v1 = parsed(miniV1);
const v2 = parsed(miniV2);

describe('mapAnswers from mini 1.0.0 to 2.0.0', () => {
  it.each<[string, Answers, Answers]>([
    ['a renamed item moves', { 'biz-reserves': 4 }, { 'biz-buffer': 4 }],
    ['a dropped item goes', { 'net-municipality': 2 }, {}],
    [
      'an unchanged item stays',
      { 'cult-vision': 5, role: 'board' },
      { 'cult-vision': 5, role: 'board' },
    ],
    ['"don\'t know" moves as null', { 'biz-reserves': null }, { 'biz-buffer': null }],
    ['an id unknown to both versions goes', { 'lead-old': 3 }, {}],
    ['an item new in 2.0.0 gets no answer', { 'net-funders': 3 }, {}],
    [
      'a whole respondent',
      {
        'lead-shared-tasks': 4,
        'lead-one-person': 2,
        'biz-budget': 3,
        'biz-reserves': 1,
        'net-municipality': 5,
        'net-peers': null,
        'trait-local': 'partly',
      },
      {
        'lead-shared-tasks': 4,
        'lead-one-person': 2,
        'biz-budget': 3,
        'biz-buffer': 1,
        'net-peers': null,
        'trait-local': 'partly',
      },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(mapAnswers({ from: v1, to: v2, answers })).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const answers: Answers = { 'biz-reserves': 4 };
    mapAnswers({ from: v1, to: v2, answers });
    expect(answers).toEqual({ 'biz-reserves': 4 });
  });

  it('drops an answer whose item changed its type under the same id', () => {
    const to = parsed(miniV2);
    const index = to.items.findIndex((item) => item.id === 'role');
    to.items[index] = {
      ...to.items[index]!,
      type: 'text',
      maxLength: 200,
    } as Questionnaire['items'][number];
    expect(mapAnswers({ from: v1, to, answers: { role: 'board', 'cult-vision': 4 } })).toEqual({
      'cult-vision': 4,
    });
  });
});

describe('mapAnswers refuses versions that do not fit', () => {
  const withMigration = (version: string, items: Record<string, string | null>) => {
    const q = parsed(miniV2);
    q.migratesFrom = { version, items };
    return q;
  };
  const noMigration = parsed(miniV2);
  delete noMigration.migratesFrom;
  const otherId = { ...parsed(miniV1), id: 'other' };

  it.each<[string, Questionnaire, Questionnaire, string]>([
    [
      'no migratesFrom',
      v1,
      noMigration,
      'mini@2.0.0 has no migratesFrom, so answers to mini@1.0.0 cannot move to it.',
    ],
    [
      'another version',
      v1,
      withMigration('1.5.0', {}),
      'mini@2.0.0 migrates from version 1.5.0, not from mini@1.0.0.',
    ],
    ['another questionnaire', otherId, v2, 'Cannot map answers from other@1.0.0 to mini@2.0.0.'],
    [
      'a map naming an item the old version lacks',
      v1,
      withMigration('1.0.0', { 'biz-reserve': 'biz-buffer' }),
      'mini@2.0.0 maps item "biz-reserve", which mini@1.0.0 does not have.',
    ],
    [
      'two old items landing on one new item',
      v1,
      withMigration('1.0.0', { 'biz-reserves': 'biz-budget' }),
      'Items "biz-budget" and "biz-reserves" of mini@1.0.0 both move to "biz-budget" in mini@2.0.0.',
    ],
  ])('refuses %s', (_name, from, to, message) => {
    expect(() => mapAnswers({ from, to, answers: {} })).toThrow(message);
  });
});

describe('itemMapping', () => {
  it('lists where every surviving item of 1.0.0 goes', () => {
    const mapping = itemMapping({ from: v1, to: v2 });
    expect(mapping.get('biz-reserves')).toBe('biz-buffer');
    expect(mapping.has('net-municipality')).toBe(false);
    expect(mapping.size).toBe(18);
  });
});

describe('migrationChain and mapAnswersAlong', () => {
  const v3 = parsed(miniV2);
  v3.version = '3.0.0';
  v3.migratesFrom = { version: '2.0.0', items: { 'biz-buffer': 'biz-reserve-months' } };
  const index = v3.items.findIndex((item) => item.id === 'biz-buffer');
  v3.items[index] = { ...v3.items[index]!, id: 'biz-reserve-months' };
  const all = [v3, v1, v2];

  it.each([
    ['1.0.0 to 3.0.0', v1, v3, ['1.0.0', '2.0.0', '3.0.0']],
    ['2.0.0 to 3.0.0', v2, v3, ['2.0.0', '3.0.0']],
    ['3.0.0 to itself', v3, v3, ['3.0.0']],
  ])('links %s', (_name, from, to, versions) => {
    expect(migrationChain({ questionnaires: all, from, to }).map((q) => q.version)).toEqual(
      versions,
    );
  });

  it('refuses a chain with a missing link', () => {
    expect(() => migrationChain({ questionnaires: [v1, v3], from: v1, to: v3 })).toThrow(
      'No chain of migrations leads from mini@1.0.0 to mini@3.0.0.',
    );
  });

  it('refuses to go back in time', () => {
    expect(() => migrationChain({ questionnaires: all, from: v2, to: v1 })).toThrow(
      'No chain of migrations leads from mini@2.0.0 to mini@1.0.0.',
    );
  });

  it('moves answers across two versions', () => {
    const chain = migrationChain({ questionnaires: all, from: v1, to: v3 });
    const answers = { 'biz-reserves': 2, 'net-municipality': 4, 'cult-vision': 5, gone: 1 };
    expect(mapAnswersAlong({ chain, answers })).toEqual({
      'biz-reserve-months': 2,
      'cult-vision': 5,
    });
  });

  it('keeps only known items along a chain of one', () => {
    expect(mapAnswersAlong({ chain: [v1], answers: { 'cult-vision': 3, gone: 1 } })).toEqual({
      'cult-vision': 3,
    });
  });
});
