// Issue 23 item 9: every message of the funder screens and src/wording that words a count has the
// plural forms, and each reads right at 0, 1 and 2 in Dutch and English ("1 deelnemers" was shown).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import wordingEn from '../../wording/messages/en.json';
import wordingNl from '../../wording/messages/nl.json';
import funderEn from './messages/en.json';
import funderNl from './messages/nl.json';

type Tree = { [key: string]: string | Tree };

/** Every key with `_one`/`_other` forms, without the suffix. */
function countedKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? key.endsWith('_one')
        ? [`${prefix}${key.slice(0, -'_one'.length)}`]
        : []
      : countedKeys(value, `${prefix}${key}.`),
  );
}

const resources = {
  nl: { translation: { ...wordingNl, ...funderNl } },
  en: { translation: { ...wordingEn, ...funderEn } },
};

async function translator(language: 'nl' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

const keys = countedKeys(resources.nl.translation as Tree);

/** The values of a counted message at `count`, every number already as text. */
function valuesOf(count: number) {
  const n = String(count);
  return {
    count,
    respondents: n,
    min: '4',
    total: n,
    added: n,
    readBefore: n,
    intact: n,
    alreadyKept: n,
    applicants: n,
    shown: n,
    next: n,
    done: n,
    passing: n,
    pages: n,
    printed: 'abc',
    questionnaire: 'q',
  };
}

describe('counted messages', () => {
  it('finds the counted messages of the funder screens and src/wording', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'criteriaFails.too-few-respondents',
        'funder.countLine',
        'funder.import.filesRead',
        'funder.import.added',
        'funder.import.readBefore',
        'funder.import.progress',
        'funder.file.openedAdded',
        'screeningReasons.printed-digest-differs',
      ]),
    );
  });

  it.each(['nl', 'en'] as const)('has both forms of each in %s, and they differ', (language) => {
    const tree = resources[language].translation as Tree;
    for (const key of keys) {
      const at = (suffix: string) =>
        `${key}_${suffix}`
          .split('.')
          .reduce<Tree | string | undefined>(
            (node, part) => (typeof node === 'object' ? node[part] : undefined),
            tree,
          );
      expect(typeof at('one'), `${language} ${key}_one`).toBe('string');
      expect(typeof at('other'), `${language} ${key}_other`).toBe('string');
      expect(at('one'), `${language} ${key}`).not.toBe(at('other'));
    }
  });

  it.each(['nl', 'en'] as const)('words each at 0, 1 and 2 in %s', async (language) => {
    const t = await translator(language);
    for (const key of keys) {
      const [one, other] = [0, 1, 2].map((count) => t(key, valuesOf(count))) as [
        string,
        string,
        string,
      ];
      expect(one, key).not.toBe(key);
      // 0 and 2 take the plural form, 1 the singular one; the plural names its number
      expect(one, key).toBe(t(`${key}_other`, { ...valuesOf(0) }));
      expect(other, key).toBe(t(`${key}_one`, { ...valuesOf(1) }));
      expect(t(key, valuesOf(2)), key).toMatch(/\b2\b/);
    }
  });

  it('says "1 deelnemer" and "2 deelnemers", "1 respondent" and "0 respondents"', async () => {
    const nl = await translator('nl');
    const en = await translator('en');
    const fail = (count: number) => ({ count, respondents: String(count), min: '4' });
    expect(nl('criteriaFails.too-few-respondents', fail(1))).toBe(
      '1 deelnemer, terwijl er minstens 4 gevraagd zijn.',
    );
    expect(nl('criteriaFails.too-few-respondents', fail(2))).toMatch(/^2 deelnemers,/);
    expect(nl('criteriaFails.too-few-respondents', fail(0))).toMatch(/^0 deelnemers,/);
    expect(en('criteriaFails.too-few-respondents', fail(1))).toMatch(/^1 respondent,/);
    expect(en('criteriaFails.too-few-respondents', fail(0))).toMatch(/^0 respondents,/);
    expect(nl('funder.import.filesRead', { count: 1, total: '1' })).toBe('1 bestand gelezen:');
    expect(nl('funder.import.filesRead', { count: 2, total: '2' })).toBe('2 bestanden gelezen:');
  });
});
