import { describeResolveFailure } from '../../wording/describe-file-problem';
import { questionnaireErrorText } from '../../wording/questionnaire-error-text';
import { describe, expect, it } from 'vitest';
import miniV1 from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import miniV2 from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { createRegistry } from './registry';
import { registryFromRawFiles } from './registry-from-files';
import type { RegistryEntry } from './registry';
import { questionnaireSchema } from './schema';
import { questionnaireKey } from './identity';

const miniV1Sha = 'c1fa16a5bf63d5c2b96f9e6fb1adf8f641cf7692e3781f9ef6d5178a4a36670b';
const miniV2Sha = '33acda108c61bb7af3ef3916e17347e45d9e58ac0011a479ba978a20d801dffa';
const otherSha = 'f'.repeat(64);
const worded = { describeError: questionnaireErrorText };

/** An entry for a version without a real file: only the ref matters to the registry. */
function entry(id: string, version: string, sha256 = otherSha): RegistryEntry {
  const questionnaire = questionnaireSchema.parse({ ...miniV1, id, version });
  return { questionnaire, ref: { id, version, sha256 } };
}

describe('registryFromRawFiles', () => {
  it('parses each file and computes its ref', async () => {
    const registry = await registryFromRawFiles([
      { name: 'mini/2.0.0.json', raw: miniV2 },
      { name: 'mini/1.0.0.json', raw: miniV1 },
    ]);
    expect(registry.entries.map((e) => e.ref)).toEqual([
      { id: 'mini', version: '1.0.0', sha256: miniV1Sha },
      { id: 'mini', version: '2.0.0', sha256: miniV2Sha },
    ]);
    expect(registry.find('mini', '2.0.0')?.questionnaire.title.en).toBe(
      'Mini self-scan (test version 2)',
    );
  });

  it('throws naming the file and each of its errors', async () => {
    const broken = { ...miniV1, necessary: ['cultuur'], formatVersion: 2 };
    await expect(
      registryFromRawFiles([{ name: 'mini/1.0.0.json', raw: broken }], worded),
    ).rejects.toThrow(
      'mini/1.0.0.json is not a valid questionnaire:\n  formatVersion: must be 1, got 2',
    );
    const unknown = { ...miniV1, necessary: ['cultuur'] };
    await expect(registryFromRawFiles([{ name: 'x.json', raw: unknown }], worded)).rejects.toThrow(
      'x.json is not a valid questionnaire:\n  necessary[0]: unknown condition "cultuur"',
    );
    // without words, the codes and their values
    await expect(registryFromRawFiles([{ name: 'x.json', raw: unknown }])).rejects.toThrow(
      'x.json is not a valid questionnaire:\n  necessary[0]: unknown-condition {"id":"cultuur"}',
    );
  });

  it('refuses two files that claim the same id@version', async () => {
    const edited = { ...miniV1, description: { nl: 'Anders', en: 'Different' } };
    await expect(
      registryFromRawFiles([
        { name: 'a.json', raw: miniV1 },
        { name: 'b.json', raw: edited },
      ]),
    ).rejects.toThrow(
      /^Two questionnaires claim mini@1\.0\.0: mini@1\.0\.0 \(sha256 c1fa16a5bf63…\)/,
    );
  });
});

describe('resolve', () => {
  const registry = createRegistry([entry('mini', '1.0.0', miniV1Sha), entry('mini', '2.0.0')]);

  it('finds the entry with the same id, version and hash', () => {
    const result = registry.resolve({ id: 'mini', version: '1.0.0', sha256: miniV1Sha });
    expect(result.ok && result.entry.ref.sha256).toBe(miniV1Sha);
  });

  it.each([
    [
      { id: 'ck-selfscan', version: '1.0.0', sha256: miniV1Sha },
      'unknown-id',
      'unknown questionnaire "ck-selfscan"',
    ],
    [
      { id: 'mini', version: '1.5.0', sha256: miniV1Sha },
      'unknown-version',
      'unknown version 1.5.0 of questionnaire "mini" (known: 1.0.0, 2.0.0)',
    ],
    [
      { id: 'mini', version: '1.0.0', sha256: otherSha },
      'hash-mismatch',
      'this file claims mini@1.0.0 but its content differs from the published one',
    ],
  ])('refuses %o as %s', (ref, reason, message) => {
    const result = registry.resolve(ref);
    expect(result).toMatchObject({ ok: false, reason, ref });
    expect(result.ok ? '' : describeResolveFailure(result)).toBe(message);
  });

  it('words a hash mismatch for the self-scan as agreed', () => {
    const selfscan = createRegistry([entry('ck-selfscan', '1.0.0')]);
    const result = selfscan.resolve({ id: 'ck-selfscan', version: '1.0.0', sha256: miniV1Sha });
    expect(result.ok ? '' : describeResolveFailure(result)).toBe(
      'this file claims ck-selfscan@1.0.0 but its content differs from the published one',
    );
  });
});

describe('find and latest', () => {
  const registry = createRegistry([
    entry('mini', '1.9.0'),
    entry('mini', '1.10.0'),
    entry('mini', '1.2.3'),
    entry('ck-selfscan', '1.0.0'),
  ]);

  it.each([
    ['mini', '1.10.0'],
    ['ck-selfscan', '1.0.0'],
    ['nothing', undefined],
  ])('latest(%s) is %s', (id, version) => {
    expect(registry.latest(id)?.ref.version).toBe(version);
  });

  it.each([
    ['mini', '1.9.0', true],
    ['mini', '1.9', false],
    ['ck-selfscan', '1.9.0', false],
  ])('find(%s, %s) finds it: %s', (id, version, found) => {
    expect(registry.find(id, version) !== undefined).toBe(found);
  });

  it('lists entries by id, then by version number', () => {
    expect(registry.entries.map((e) => questionnaireKey(e.ref))).toEqual([
      'ck-selfscan@1.0.0',
      'mini@1.2.3',
      'mini@1.9.0',
      'mini@1.10.0',
    ]);
  });
});
