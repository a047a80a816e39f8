import { describe, expect, it } from 'vitest';
import miniV1 from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import miniV2 from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { compareVersions, formatRef, questionnaireKey, questionnaireRef } from './identity';
import { parseQuestionnaire } from './parse';
import type { Questionnaire } from './schema';

function parsed(raw: unknown): Questionnaire {
  const result = parseQuestionnaire(raw);
  if (!result.ok) throw new Error('fixture does not parse');
  return result.questionnaire;
}

// Computed outside this code base: Python's json.dumps(sort_keys=True, separators=(',', ':'),
// ensure_ascii=False) matches RFC 8785 for these files, piped through sha256sum.
const miniV1Sha = 'c1fa16a5bf63d5c2b96f9e6fb1adf8f641cf7692e3781f9ef6d5178a4a36670b';
const miniV2Sha = '33acda108c61bb7af3ef3916e17347e45d9e58ac0011a479ba978a20d801dffa';

describe('questionnaireRef', () => {
  it.each([
    ['mini 1.0.0', miniV1, { id: 'mini', version: '1.0.0', sha256: miniV1Sha }],
    ['mini 2.0.0', miniV2, { id: 'mini', version: '2.0.0', sha256: miniV2Sha }],
  ])('hashes the canonical form of the raw file of %s', async (_name, raw, expected) => {
    expect(await questionnaireRef({ raw, questionnaire: parsed(raw) })).toEqual(expected);
  });

  it('hashes the raw value, not the parsed one with its defaults', async () => {
    const { sha256 } = await questionnaireRef({
      raw: { b: 1, a: 'x' },
      questionnaire: { id: 'tiny', version: '1.0.0' },
    });
    // printf '{"a":"x","b":1}' | sha256sum
    expect(sha256).toBe('cdab067e9f3beb32d1252cfd63e492592fecbf591b0d08cadb24bb17f3864246');
    const withDefaults = await questionnaireRef({
      raw: parsed(miniV1),
      questionnaire: parsed(miniV1),
    });
    expect(withDefaults.sha256).not.toBe(miniV1Sha);
  });

  it('ignores key order and whitespace, but not content', async () => {
    const questionnaire = { id: 'tiny', version: '1.0.0' };
    const reordered = await questionnaireRef({
      raw: JSON.parse('{ "b": [1, 2.50], "a": "é" }'),
      questionnaire,
    });
    // printf '{"a":"é","b":[1,2.5]}' | sha256sum
    expect(reordered.sha256).toBe(
      '123b424b7606d08d0756074e1f76051117423e1a66a03e02f56fd334de63705b',
    );
    const changed = await questionnaireRef({ raw: { a: 'e', b: [1, 2.5] }, questionnaire });
    expect(changed.sha256).not.toBe(reordered.sha256);
  });
});

describe('formatRef and questionnaireKey', () => {
  const ref = { id: 'ck-selfscan', version: '1.0.0', sha256: `abcdef123456${'0'.repeat(52)}` };

  it('shows id@version and the first 12 hex digits', () => {
    expect(formatRef(ref)).toBe('ck-selfscan@1.0.0 (sha256 abcdef123456…)');
  });

  it('keys a version as id@version', () => {
    expect(questionnaireKey(ref)).toBe('ck-selfscan@1.0.0');
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.10.0', '1.9.0', 1],
    ['1.9.0', '1.10.0', -1],
    ['1.0.0', '1.0.0', 0],
    ['0.9.9', '1.0.0', -1],
    ['10.0.0', '2.0.0', 1],
    ['1.0.10', '1.0.9', 1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});
