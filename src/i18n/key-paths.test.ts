import { describe, expect, it } from 'vitest';
import { omitPaths, pickPaths } from './key-paths';
import { mergeMessages } from './merge-messages';
import { textsOfGroup } from './text-groups';

const tree = {
  fillIn: { next: 'Volgende', previous: 'Vorige' },
  phones: { answer: { title: 'Jouw antwoorden' }, scanCodes: { title: 'Codes lezen' } },
  home: { title: 'Start' },
};

describe('key paths', () => {
  it('picks whole groups and single branches', () => {
    expect(pickPaths(tree, ['fillIn', 'phones.answer', 'nowhere.at.all'])).toEqual({
      fillIn: { next: 'Volgende', previous: 'Vorige' },
      phones: { answer: { title: 'Jouw antwoorden' } },
    });
  });

  it('omits them, dropping a group left empty', () => {
    expect(omitPaths(tree, ['fillIn', 'phones.answer', 'home.title'])).toEqual({
      phones: { scanCodes: { title: 'Codes lezen' } },
    });
  });

  it('splits the texts into a member, a files and a coordinator group that together are all of them', () => {
    const texts = {
      ...tree,
      fileError: { questionnaire: { unknown: 'Onbekend' }, invalid: 'Ongeldig' },
      criteriaFails: { 'no-result': 'Geen uitkomst' },
    };
    const member = textsOfGroup(texts, 'member');
    const files = textsOfGroup(texts, 'files');
    const coordinator = textsOfGroup(texts, 'coordinator');
    expect(member).toEqual({
      fillIn: tree.fillIn,
      phones: { answer: { title: 'Jouw antwoorden' } },
      fileError: { questionnaire: { unknown: 'Onbekend' } },
    });
    expect(files).toEqual({
      fileError: { invalid: 'Ongeldig' },
      criteriaFails: { 'no-result': 'Geen uitkomst' },
    });
    // merging throws when a key is in two groups
    expect(mergeMessages([member, files, coordinator])).toEqual(texts);
  });
});
