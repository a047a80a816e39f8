// @vitest-environment node
// `selfscan verify` passes untouched result files and names each kind of tampering.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureNames, fixtureResult } from '../support/fixture-results';
import { selfscan } from '../support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultDigest } from '../../src/domain/files';
import type { ResultFile } from '../../src/domain/files';

// one respondent: any changed answer moves the condition's median
const single = 'schakel-neighbourhood-insufficient.result.json';

/** A copy with the digest made to match again: tampering that only a re-check of content catches. */
async function resigned(file: ResultFile): Promise<ResultFile> {
  return { ...file, digest: await resultDigest(file) };
}

let dir: string;
const path = (name: string) => join(dir, name);
const write = (name: string, file: unknown) => writeFileSync(path(name), JSON.stringify(file));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-verify-'));
  for (const name of fixtureNames) write(name, fixtureResult(name));

  const base = fixtureResult(single);
  const leadership = base.scores.conditions.leadership;
  if (!leadership || leadership.mean === null) throw new Error('fixture has a leadership mean');
  const respondent = base.responses[0];
  if (!respondent) throw new Error('fixture has a respondent');
  const answer = respondent.answers.leadership_1;
  if (typeof answer !== 'number') throw new Error('fixture answered leadership_1');

  const editedScore = structuredClone(base);
  Object.assign(editedScore.scores.conditions, { leadership: { ...leadership, mean: 5 } });
  write('edited-score.json', await resigned(editedScore));

  const editedAnswer = structuredClone(base);
  Object.assign(editedAnswer.responses[0]?.answers ?? {}, { leadership_1: answer === 5 ? 1 : 5 });
  write('edited-answer.json', editedAnswer);

  const offScale = structuredClone(base);
  Object.assign(offScale.responses[0]?.answers ?? {}, { leadership_1: 7 });
  write('off-scale-answer.json', await resigned(offScale));

  write('edited-digest.json', { ...base, digest: 'e'.repeat(64) });

  const otherHash = { ...base.questionnaire, sha256: '0'.repeat(64) };
  write('changed-hash.json', await resigned({ ...base, questionnaire: otherHash }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('selfscan verify', { timeout: 60_000 }, () => {
  it('passes every untouched fixture with exit 0', () => {
    const { code, stdout, stderr } = selfscan(['verify', ...fixtureNames.map(path)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const name of fixtureNames) {
      expect(stdout).toContain(`${path(name)}: intact, questionnaire ck-selfscan@1.0.0 (sha256 `);
    }
  });

  it.each<[string, Record<string, unknown>[]]>([
    [
      'edited-score.json',
      [{ code: 'score-differs', scope: 'condition', id: 'leadership', field: 'mean', stored: 5 }],
    ],
    [
      'edited-answer.json',
      [
        { code: 'digest-mismatch' },
        { code: 'score-differs', scope: 'condition', id: 'leadership', field: 'mean' },
      ],
    ],
    [
      'off-scale-answer.json',
      [{ code: 'answer-off-scale', item: 'leadership_1', value: 7 }, { code: 'score-differs' }],
    ],
    ['edited-digest.json', [{ code: 'digest-mismatch', stored: 'e'.repeat(64) }]],
    ['changed-hash.json', [{ code: 'unknown-questionnaire', reason: 'hash-mismatch' }]],
  ])('flags %s with exit 1', (name, expected) => {
    const { code, stdout } = selfscan(['verify', '--json', path(name)]);
    expect(code).toBe(1);
    const reports: unknown = JSON.parse(stdout);
    expect(reports).toEqual([
      expect.objectContaining({
        intact: false,
        findings: expect.arrayContaining(expected.map((f) => expect.objectContaining(f))),
      }),
    ]);
  });

  it('prints each finding as <file>: <code>: <message> and fails when one file of several is changed', () => {
    const { code, stdout } = selfscan([
      'verify',
      path(fixtureNames[0] ?? ''),
      path('edited-digest.json'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path('edited-digest.json')}: digest-mismatch: `);
    expect(stdout).toContain(`${path(fixtureNames[0] ?? '')}: intact`);
  });
});
