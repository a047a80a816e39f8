import { describe, expect, it } from 'vitest';
import { canonicalJson, hashCanonical } from '../hash';
import { scoreScan } from '../scoring/score-scan';
import { readResultFile } from './read-file';
import { resultDigest } from './result-file';
import { testQuestionnaire, testRef, testResult } from '../../../tests/support/test-result';

describe('buildResultFile', () => {
  it('puts format and formatVersion first and the digest last', async () => {
    const file = await testResult();
    expect(Object.keys(file)).toEqual([
      'format',
      'formatVersion',
      'questionnaire',
      'collective',
      'scan',
      'responses',
      'scores',
      'generator',
      'digest',
    ]);
    expect(file.format).toBe('ck-result');
    expect(file.formatVersion).toBe(1);
    expect(file.questionnaire).toEqual(await testRef());
  });

  it('scores the responses with scoreScan', async () => {
    const file = await testResult();
    expect(file.scores).toEqual(
      scoreScan({ questionnaire: testQuestionnaire, responses: file.responses }),
    );
  });

  it('sets the digest to the SHA-256 of the canonical form of everything else', async () => {
    const { digest, ...rest } = await testResult();
    expect(digest).toBe(await hashCanonical(rest));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    // key order does not matter to the canonical form
    const reordered = Object.fromEntries(Object.entries(rest).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(rest));
  });

  it('survives writing and reading back with the same digest', async () => {
    const file = await testResult();
    const read = readResultFile(JSON.stringify(file, null, 2));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file).toEqual(file);
    expect(await resultDigest(read.file)).toBe(file.digest);
  });

  it('keeps extra score fields when reading, so the digest still matches', async () => {
    const { digest: _digest, ...body } = await testResult();
    const withExtra = { ...body, scores: { ...body.scores, note: 'from a later app' } };
    const file = { ...withExtra, digest: await hashCanonical(withExtra) };
    const read = readResultFile(JSON.stringify(file));
    expect(read.ok && (await resultDigest(read.file)) === file.digest).toBe(true);
  });

  it('refuses a reference that names another questionnaire', async () => {
    const { buildResultFile } = await import('./result-file');
    const ref = { ...(await testRef()), version: '2.0.0' };
    await expect(
      buildResultFile({
        questionnaire: testQuestionnaire,
        ref,
        collective: {
          name: null,
          sector: null,
          legalForm: null,
          memberBand: null,
          foundingYear: null,
          municipality: null,
          province: null,
        },
        scan: { id: 's', label: null, startedAt: '2025-01-01T00:00:00Z', closedAt: null },
        responses: [],
        generator: { app: 'a', version: '1' },
      }),
    ).rejects.toThrow(/does not name/);
  });
});
