import { describe, expect, it } from 'vitest';
import miniV1 from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import miniV2 from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { questionnaireErrorText } from '../../wording/questionnaire-error-text';
import { parseQuestionnaire, parseQuestionnaireText } from './parse';
import type { ParseResult } from './parse';
import type { Questionnaire } from './schema';

/** A fresh, typed, mutable copy of a fixture as the parser returns it. */
function parsed(raw: unknown): Questionnaire {
  const result = parseQuestionnaire(raw);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.errors)}`);
  return structuredClone(result.questionnaire);
}

/** A JSON copy of the raw fixture, for breaking in ways the types do not allow. */
function rawCopy(raw: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
}

/** An error as `selfscan validate` shows it: its place and its English words. */
type Worded = { path: string; message: string };

function worded(result: ParseResult): Worded[] {
  return result.ok
    ? []
    : result.errors.map((error) => ({ path: error.path, message: questionnaireErrorText(error) }));
}

function errorsOf(value: unknown): Worded[] {
  return worded(parseQuestionnaire(value));
}

const idPattern = 'must start with a lowercase letter and hold only letters, digits, - or _';
const itemTypes = '"likert5", "single-choice", "multi-choice", "number", "year", "text"';

describe('parseQuestionnaire on valid files', () => {
  it('accepts both mini fixtures', () => {
    expect(parseQuestionnaire(miniV1).ok).toBe(true);
    expect(parseQuestionnaire(miniV2).ok).toBe(true);
  });

  it('fills in the defaults the file leaves out', () => {
    const q = parsed(miniV1);
    expect(q.items[5]).toMatchObject({ id: 'lead-shared-tasks', reverse: false });
    expect(q.items[5]?.scope).toBe('respondent');
    expect(q.items[5]?.required).toBe(false);
    expect(q.items[0]?.scope).toBe('collective');
    expect(q.items[7]).toMatchObject({ id: 'lead-one-person', reverse: true });
  });

  it('accepts two reverse items in one condition: that is a content guideline, not a check', () => {
    const q = parsed(miniV1);
    const item = q.items[5];
    if (item?.type !== 'likert5') throw new Error('fixture changed');
    item.reverse = true;
    expect(parseQuestionnaire(q).ok).toBe(true);
  });
});

describe('parseQuestionnaire: schema errors with readable paths', () => {
  type Case = [string, (raw: Record<string, unknown>) => unknown, Worded[]];
  const conditions = (raw: Record<string, unknown>) =>
    raw.conditions as Record<string, Record<string, unknown>>[];
  const items = (raw: Record<string, unknown>) => raw.items as Record<string, unknown>[];

  it.each<Case>([
    [
      'a missing English text',
      (raw) => {
        delete conditions(raw)[2]!.title!.en;
        return raw;
      },
      [{ path: 'conditions[2].title.en', message: 'required' }],
    ],
    [
      'a blank Dutch text',
      (raw) => {
        (raw.title as Record<string, unknown>).nl = '   ';
        return raw;
      },
      [{ path: 'title.nl', message: 'must not be empty' }],
    ],
    [
      'a third language',
      (raw) => {
        (raw.description as Record<string, unknown>).de = 'Eine kurze Version';
        return raw;
      },
      [{ path: 'description.de', message: 'unknown field' }],
    ],
    [
      'an unknown top-level field',
      (raw) => ({ ...raw, author: 'me' }),
      [{ path: 'author', message: 'unknown field' }],
    ],
    [
      'the wrong format',
      (raw) => ({ ...raw, format: 'ck-result' }),
      [{ path: 'format', message: 'must be "ck-questionnaire", got "ck-result"' }],
    ],
    [
      'a future format version',
      (raw) => ({ ...raw, formatVersion: 2 }),
      [{ path: 'formatVersion', message: 'must be 1, got 2' }],
    ],
    [
      'a version that is not semver',
      (raw) => ({ ...raw, version: '1.0' }),
      [{ path: 'version', message: 'must be a version like 1.0.0' }],
    ],
    [
      'an id with a capital',
      (raw) => ({ ...raw, id: 'Mini' }),
      [{ path: 'id', message: idPattern }],
    ],
    [
      'an unknown item type',
      (raw) => {
        items(raw)[3]!.type = 'slider';
        return raw;
      },
      [{ path: 'items[3].type', message: `must be one of ${itemTypes}, got "slider"` }],
    ],
    [
      'an item without a type',
      (raw) => {
        delete items(raw)[5]!.type;
        return raw;
      },
      [{ path: 'items[5].type', message: `required: one of ${itemTypes}` }],
    ],
    [
      'a number where a text is expected',
      (raw) => {
        items(raw)[9]!.text = 7;
        return raw;
      },
      [{ path: 'items[9].text', message: 'expected object, got number' }],
    ],
    [
      'an anchor written as a string',
      (raw) => {
        conditions(raw)[0]!.calibration!.crossover = '3.25';
        return raw;
      },
      [{ path: 'conditions[0].calibration.crossover', message: 'expected number, got string' }],
    ],
    [
      'a year minimum with a fraction',
      (raw) => {
        items(raw)[1]!.min = 1900.5;
        return raw;
      },
      [{ path: 'items[1].min', message: 'must be a whole number, got 1900.5' }],
    ],
    [
      'four scale labels',
      (raw) => {
        const scale = raw.scale as { labels: unknown[] };
        scale.labels.pop();
        return raw;
      },
      [{ path: 'scale.labels', message: 'must have exactly 5 entries, got 4' }],
    ],
    [
      'a single option',
      (raw) => {
        const options = items(raw)[2]!.options as unknown[];
        options.splice(1);
        return raw;
      },
      [{ path: 'items[2].options', message: 'must have at least 2 entries, got 1' }],
    ],
    [
      'a share of zero',
      (raw) => ({ ...raw, scoring: { minAnsweredShare: 0 } }),
      [{ path: 'scoring.minAnsweredShare', message: 'must be greater than 0, got 0' }],
    ],
    [
      'an unknown band',
      (raw) => {
        (raw.recommendations as Record<string, unknown>[])[0]!.band = 'medium';
        return raw;
      },
      [
        {
          path: 'recommendations[0].band',
          message: 'must be one of "low", "middle", "high", got "medium"',
        },
      ],
    ],
    [
      'a migration key that is not an item id',
      (raw) => ({ ...raw, migratesFrom: { version: '0.9.0', items: { 'Old item': null } } }),
      [{ path: 'migratesFrom.items["Old item"]', message: `invalid key: ${idPattern}` }],
    ],
    [
      'an array instead of an object',
      () => [],
      [{ path: '', message: 'expected object, got array' }],
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    expect(errorsOf(breakIt(rawCopy(miniV1)))).toEqual(expected);
  });
});

describe('parseQuestionnaire: cross-checks, each on a broken copy', () => {
  type Case = [string, (q: Questionnaire) => void, Worded[]];

  it.each<Case>([
    [
      'a duplicate item id',
      (q) => {
        q.items[6]!.id = 'lead-shared-tasks';
      },
      [
        {
          path: 'items[6].id',
          message: 'duplicate id "lead-shared-tasks" (first used at items[5].id)',
        },
      ],
    ],
    [
      'a duplicate condition id',
      (q) => {
        q.conditions.push(structuredClone(q.conditions[0]!));
      },
      [
        {
          path: 'conditions[5].id',
          message: 'duplicate id "leadership" (first used at conditions[0].id)',
        },
      ],
    ],
    [
      'a duplicate section id',
      (q) => {
        q.sections.push(structuredClone(q.sections[0]!));
      },
      [
        {
          path: 'sections[2].id',
          message: 'duplicate id "profile" (first used at sections[0].id)',
        },
      ],
    ],
    [
      'a duplicate path id',
      (q) => {
        q.paths.push(structuredClone(q.paths[0]!));
      },
      [{ path: 'paths[2].id', message: 'duplicate id "A" (first used at paths[0].id)' }],
    ],
    [
      'a duplicate option within an item',
      (q) => {
        const item = q.items[0]!;
        if (item.type === 'single-choice') item.options[3]!.value = 'energy';
      },
      [
        {
          path: 'items[0].options[3].value',
          message: 'duplicate option "energy" (first used at items[0].options[0].value)',
        },
      ],
    ],
    [
      'a section sharing its id with a condition',
      (q) => {
        q.sections[1]!.id = 'culture';
        q.items[3]!.section = 'culture';
        q.items[4]!.section = 'culture';
        q.pageOrder[1] = 'culture';
      },
      [
        { path: 'sections[1].id', message: '"culture" is also a condition id' },
        { path: 'pageOrder[2]', message: '"culture" is listed twice' },
      ],
    ],
    [
      'an item with both a condition and a section',
      (q) => {
        q.items[5]!.section = 'profile';
      },
      [{ path: 'items[5]', message: 'has both a condition and a section; give exactly one' }],
    ],
    [
      'an item with neither a condition nor a section',
      (q) => {
        delete q.items[3]!.section;
      },
      [
        {
          path: 'items[3]',
          message: 'needs a condition (scored items) or a section (all other items)',
        },
      ],
    ],
    [
      'an unknown condition on an item',
      (q) => {
        q.items[12]!.condition = 'leadershp';
      },
      [{ path: 'items[12].condition', message: 'unknown condition "leadershp"' }],
    ],
    [
      'an unknown section on an item',
      (q) => {
        q.items[0]!.section = 'profiel';
      },
      [{ path: 'items[0].section', message: 'unknown section "profiel"' }],
    ],
    [
      'a condition on an item that is not likert5',
      (q) => {
        delete q.items[2]!.section;
        q.items[2]!.condition = 'culture';
      },
      [
        {
          path: 'items[2].type',
          message: 'an item with a condition must be "likert5", got "single-choice"',
        },
      ],
    ],
    [
      'a likert5 item without a condition',
      (q) => {
        delete q.items[5]!.condition;
        q.items[5]!.section = 'traits';
      },
      [
        {
          path: 'items[5].condition',
          message: 'required: a likert5 item is scored, so it belongs to a condition',
        },
      ],
    ],
    [
      'a scored item filled in once for the collective',
      (q) => {
        q.items[5]!.scope = 'collective';
      },
      [
        {
          path: 'items[5].scope',
          message: 'an item with a condition is answered by every respondent: must be "respondent"',
        },
      ],
    ],
    [
      'a number item whose max is below its min',
      (q) => {
        q.items.push({
          id: 'members',
          section: 'profile',
          type: 'number',
          min: 10,
          max: 5,
          scope: 'collective',
          required: false,
          text: { nl: 'Hoeveel leden?', en: 'How many members?' },
        });
      },
      [{ path: 'items[19].max', message: 'must be at least min (10), got 5' }],
    ],
    [
      'a condition without items',
      (q) => {
        q.items = q.items.filter((item) => item.condition !== 'culture');
      },
      [{ path: 'conditions[3]', message: 'condition "culture" has no items' }],
    ],
    [
      'an unknown page in the page order',
      (q) => {
        q.pageOrder.push('closing');
      },
      [
        {
          path: 'pageOrder[7]',
          message: 'unknown page "closing": list section and condition ids only',
        },
      ],
    ],
    [
      'a page listed twice',
      (q) => {
        q.pageOrder.push('culture');
      },
      [{ path: 'pageOrder[7]', message: '"culture" is listed twice' }],
    ],
    [
      'a page missing from the page order',
      (q) => {
        q.pageOrder = q.pageOrder.filter((id) => id !== 'network');
      },
      [{ path: 'pageOrder', message: 'missing "network"' }],
    ],
    [
      'an anchor below the scale',
      (q) => {
        q.conditions[0]!.calibration.exclusion = 0.5;
      },
      [
        {
          path: 'conditions[0].calibration.exclusion',
          message: 'must be between 1 and 5, got 0.5',
        },
      ],
    ],
    [
      'an anchor above the scale',
      (q) => {
        q.conditions[4]!.calibration.inclusion = 5.5;
      },
      [
        {
          path: 'conditions[4].calibration.inclusion',
          message: 'must be between 1 and 5, got 5.5',
        },
      ],
    ],
    [
      'a crossover not above the exclusion anchor',
      (q) => {
        q.conditions[0]!.calibration.crossover = 2;
      },
      [
        {
          path: 'conditions[0].calibration.crossover',
          message: 'must be greater than exclusion (2), got 2',
        },
      ],
    ],
    [
      'an inclusion anchor below the crossover',
      (q) => {
        q.conditions[2]!.calibration.inclusion = 3;
      },
      [
        {
          path: 'conditions[2].calibration.inclusion',
          message: 'must be greater than crossover (3.25), got 3',
        },
      ],
    ],
    [
      'an unknown condition in a path',
      (q) => {
        q.paths[1]!.conditions[2] = 'busines';
      },
      [{ path: 'paths[1].conditions[2]', message: 'unknown condition "busines"' }],
    ],
    [
      'a condition listed twice in a path',
      (q) => {
        q.paths[0]!.conditions.push('culture');
      },
      [{ path: 'paths[0].conditions[3]', message: '"culture" is listed twice' }],
    ],
    [
      'an unknown necessary condition',
      (q) => {
        q.necessary = ['cultuur'];
      },
      [{ path: 'necessary[0]', message: 'unknown condition "cultuur"' }],
    ],
    [
      'a recommendation for an unknown condition',
      (q) => {
        q.recommendations[4]!.condition = 'comunity';
      },
      [
        { path: 'recommendations[4].condition', message: 'unknown condition "comunity"' },
        {
          path: 'recommendations',
          message: 'no "middle" recommendation for condition "community"',
        },
      ],
    ],
    [
      'a band without a recommendation',
      (q) => {
        q.recommendations.splice(14, 1);
      },
      [{ path: 'recommendations', message: 'no "high" recommendation for condition "network"' }],
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    const q = parsed(miniV1);
    breakIt(q);
    expect(errorsOf(q)).toEqual(expected);
  });

  it.each<Case>([
    [
      'a migration from the same version',
      (q) => {
        q.migratesFrom!.version = '2.0.0';
      },
      [
        {
          path: 'migratesFrom.version',
          message: 'must be lower than this version (2.0.0), got "2.0.0"',
        },
      ],
    ],
    [
      'a migration to an unknown item',
      (q) => {
        q.migratesFrom!.items['biz-reserves'] = 'biz-bufer';
      },
      [{ path: 'migratesFrom.items.biz-reserves', message: 'unknown item "biz-bufer"' }],
    ],
    [
      'two old items moving to one new item',
      (q) => {
        q.migratesFrom!.items['net-municipality'] = 'biz-buffer';
      },
      [
        {
          path: 'migratesFrom.items.net-municipality',
          message: '"biz-buffer" is also the target of "biz-reserves"',
        },
      ],
    ],
  ])('reports %s', (_name, breakIt, expected) => {
    const q = parsed(miniV2);
    breakIt(q);
    expect(errorsOf(q)).toEqual(expected);
  });
});

describe('parseQuestionnaireText', () => {
  const text = JSON.stringify(miniV1, null, 2);

  it('parses the text of a valid file', () => {
    const result = parseQuestionnaireText(text);
    expect(result.ok && result.questionnaire.id).toBe('mini');
  });

  it('refuses a file of 5 MB or more before parsing it', () => {
    const padded = `${text.slice(0, -1)}, "padding": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    const result = parseQuestionnaireText(padded);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: '', code: 'unreadable-file', error: { reason: 'too-large' } }],
    });
    expect(worded(result)).toEqual([
      { path: '', message: 'the file is 5.0 MB; files must be smaller than 5.0 MB' },
    ]);
  });

  it('refuses a __proto__ key, naming where it is', () => {
    const polluted = text.replace('"id": "sector",', '"id": "sector", "__proto__": {"x": 1},');
    expect(polluted).not.toBe(text);
    expect(worded(parseQuestionnaireText(polluted))).toEqual([
      {
        path: '',
        message:
          'the file contains the key "__proto__" (at items[0].__proto__), which is not allowed',
      },
    ]);
  });

  it('refuses text that is not JSON', () => {
    const result = parseQuestionnaireText('{"format": "ck-questionnaire",');
    expect(result.ok).toBe(false);
    expect(worded(result)).toEqual([
      { path: '', message: 'the file is damaged or incomplete: not valid JSON' },
    ]);
  });
});
