import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaire/schema';
import { resultDigest } from './result-file';
import type { ResultFile } from './result-file-schema';
import { testRegistry } from '../../../tests/support/questionnaires';
import { testQuestionnaire, testResult } from '../../../tests/support/test-result';
import { verifyResult } from './verify-result';

/** The registry holding the small test questionnaire, the way the results here were made. */
const smallRegistry = () => testRegistry([{ questionnaire: testQuestionnaire }]);

/** An edited copy with its digest made to match again, to isolate one finding. */
async function resigned(file: ResultFile): Promise<ResultFile> {
  return { ...file, digest: await resultDigest(file) };
}

function edit(file: ResultFile, change: (copy: ResultFile) => void): ResultFile {
  const copy = structuredClone(file);
  change(copy);
  return copy;
}

function setAnswer(file: ResultFile, index: number, item: string, value: Answers[string]) {
  const response = file.responses[index];
  if (!response) throw new Error(`no response ${index}`);
  response.answers[item] = value;
}

describe('verifyResult', () => {
  it('finds nothing in an untouched result', async () => {
    expect(
      await verifyResult({ file: await testResult(), registry: await smallRegistry() }),
    ).toEqual([]);
  });

  it('flags an edited digest', async () => {
    const file = await testResult();
    const findings = await verifyResult({
      file: { ...file, digest: '0'.repeat(64) },
      registry: await smallRegistry(),
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'digest-mismatch',
        stored: '0'.repeat(64),
        recomputed: file.digest,
      }),
    ]);
  });

  it('flags an edited stored score, naming condition, field, stored and recomputed value', async () => {
    const file = await testResult();
    const mean = file.scores.conditions.leadership?.mean;
    const edited = edit(file, (copy) => {
      const leadership = copy.scores.conditions.leadership;
      if (leadership) leadership.mean = 4.5;
    });
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'digest-mismatch' }),
      expect.objectContaining({
        code: 'score-differs',
        scope: 'condition',
        id: 'leadership',
        field: 'mean',
        stored: 4.5,
        recomputed: mean,
      }),
    ]);
    // even with a matching digest the re-score catches it
    const again = await verifyResult({
      file: await resigned(edited),
      registry: await smallRegistry(),
    });
    expect(again.map((finding) => finding.code)).toEqual(['score-differs']);
  });

  it('flags a changed path and scan-level field', async () => {
    const edited = await resigned(
      edit(await testResult(), (copy) => {
        const a = copy.scores.paths.A;
        if (a) a.fits = !a.fits;
        copy.scores.necessaryMissing = ['network'];
      }),
    );
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings).toEqual([
      expect.objectContaining({ code: 'score-differs', scope: 'path', id: 'A', field: 'fits' }),
      expect.objectContaining({
        code: 'score-differs',
        scope: 'scan',
        id: null,
        field: 'necessaryMissing',
        stored: ['network'],
      }),
    ]);
  });

  it('flags a condition in the file that the questionnaire does not have', async () => {
    const edited = await resigned(
      edit(await testResult(), (copy) => {
        const leadership = copy.scores.conditions.leadership;
        if (leadership) copy.scores.conditions.extra = leadership;
      }),
    );
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings).toEqual([
      expect.objectContaining({ scope: 'condition', id: 'extra', recomputed: undefined }),
    ]);
  });

  it('tolerates differences up to 1e-9', async () => {
    const edited = await resigned(
      edit(await testResult(), (copy) => {
        const network = copy.scores.conditions.network;
        if (network?.membership) network.membership += 1e-12;
      }),
    );
    expect(await verifyResult({ file: edited, registry: await smallRegistry() })).toEqual([]);
  });

  it('flags an edited answer: the digest and the scores it changes', async () => {
    // community means r1 3, r2 2, r3 1 → median 2; r2 answering 5 instead of 2 on community_1 moves
    // r2's mean to (5 + 2 + 2 + 2) / 4 = 2.75 and the median to 2.75
    const edited = edit(await testResult(), (copy) => setAnswer(copy, 1, 'community_1', 5));
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings[0]?.code).toBe('digest-mismatch');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'score-differs',
        id: 'community',
        field: 'mean',
        stored: 2,
        recomputed: 2.75,
      }),
    );
  });

  it.each<[string, string, Answers[string], string]>([
    ['likert 7', 'leadership_1', 7, 'answer-off-scale'],
    ['likert 0', 'leadership_1', 0, 'answer-off-scale'],
    ['likert 2.5', 'leadership_1', 2.5, 'answer-off-scale'],
    ['likert as text', 'leadership_1', '4', 'answer-off-scale'],
    ['unknown option', 'embedded', 'maybe', 'answer-off-scale'],
    ['unknown item', 'leadership_99', 3, 'unknown-item'],
  ])('flags %s', async (_name, item, value, code) => {
    const edited = await resigned(
      edit(await testResult(), (copy) => setAnswer(copy, 1, item, value)),
    );
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings).toContainEqual(expect.objectContaining({ code, respondentId: 'r2', item }));
  });

  it.each<[string, (ref: ResultFile['questionnaire']) => ResultFile['questionnaire'], string]>([
    [
      'a changed questionnaire hash',
      (ref) => ({ ...ref, sha256: 'f'.repeat(64) }),
      'hash-mismatch',
    ],
    ['an unknown version', (ref) => ({ ...ref, version: '9.0.0' }), 'unknown-version'],
    ['an unknown id', (ref) => ({ ...ref, id: 'other' }), 'unknown-id'],
  ])('flags %s', async (_name, change, reason) => {
    const file = await testResult();
    const edited = await resigned({ ...file, questionnaire: change(file.questionnaire) });
    const findings = await verifyResult({ file: edited, registry: await smallRegistry() });
    expect(findings).toEqual([expect.objectContaining({ code: 'unknown-questionnaire', reason })]);
  });

  it('verify(build(x)) has no findings', async () => {
    const registry = await smallRegistry();
    const likertIds = testQuestionnaire.items.filter((i) => i.type === 'likert5').map((i) => i.id);
    const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
    const trait = fc.constantFrom('yes', 'partly', 'no', null);
    const answers = fc.record({
      ...Object.fromEntries(likertIds.map((id) => [id, answer])),
      embedded: trait,
      attuned: trait,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(answers, { minLength: 0, maxLength: 8 }), async (sets) => {
        const file = await testResult(sets);
        expect(await verifyResult({ file, registry })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
