import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dutchResult } from '../../../tests/support/report-result';
import { testRegistry } from '../../../tests/support/questionnaires';
import { readResultFile } from './read-file';
import { collectiveIdOf } from './result-file-schema';
import { resultDigest } from './result-file';
import { verifyResult } from './verify-result';

const id = '0b7e2a54-1c3d-4e5f-8a6b-7c8d9e0f1a2b';
const fixture = readFileSync('tests/fixtures/results/oogst-food-path-a.result.json', 'utf8');

describe('result file versions', () => {
  it('writes version 2 with the collective id first when given the id', async () => {
    const file = await dutchResult({ collectiveId: id });
    expect(file.formatVersion).toBe(2);
    expect(Object.keys(file.collective)[0]).toBe('id');
    expect(collectiveIdOf(file)).toBe(id);
    const read = readResultFile(JSON.stringify(file));
    expect(read.ok && read.file).toEqual(file);
    expect(await verifyResult({ file, registry: await testRegistry() })).toEqual([]);
  });

  it('still reads and verifies a version-1 file as it was made, with no collective id', async () => {
    const read = readResultFile(fixture);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.file.formatVersion).toBe(1);
    expect(collectiveIdOf(read.file)).toBeNull();
    expect(await verifyResult({ file: read.file, registry: await testRegistry() })).toEqual([]);
  });

  it('refuses version 2 without an id, or with an id that is not a UUID v4, and version 1 with one', async () => {
    const v2 = await dutchResult({ collectiveId: id });
    const { id: _id, ...withoutId } = v2.collective;
    const cases = [
      { ...v2, collective: withoutId },
      { ...v2, collective: { ...v2.collective, id: 'name:de zonnewijk' } },
      { ...v2, formatVersion: 1 },
    ];
    for (const file of cases) {
      const read = readResultFile(JSON.stringify(file));
      expect(read.ok ? null : read.error.code).toBe('invalid');
    }
  });

  it('refuses a later version, naming the newest it reads', () => {
    const read = readResultFile(JSON.stringify({ ...JSON.parse(fixture), formatVersion: 3 }));
    expect(read.ok ? null : read.error).toEqual({
      code: 'unsupported-version',
      format: 'ck-result',
      found: 3,
      supported: 2,
    });
  });

  it('covers the id with the digest: an id changed after the fact is found', async () => {
    const v2 = await dutchResult({ collectiveId: id });
    const moved = {
      ...v2,
      collective: { ...v2.collective, id: '9f8e7d6c-5b4a-4938-a726-150f4e3d2c1b' },
    };
    expect(await resultDigest(moved)).not.toBe(v2.digest);
    const findings = await verifyResult({ file: moved, registry: await testRegistry() });
    expect(findings.map((f) => f.code)).toEqual(['digest-mismatch']);
  });
});
