// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnonymisedResultFile } from '../domain/files/anonymised-result-file';
import { createRegistry, type RegistryEntry } from '../domain/questionnaire/registry';
import { intactResearchFiles, withEditedScore } from '../../tests/support/intact-research';
import { packPart, partBuffers, unpackPart } from './part-parcel';
import { collectItems } from './research-collect';
import { researchFileLimits } from './research-job';
import { runResearchJob, type ResearchPool } from './run-research-job';

const json = (value: unknown) => JSON.stringify(value);

let results: AnonymisedResultFile[] = [];
let entries: RegistryEntry[] = [];
beforeAll(async () => {
  ({ files: results, entries } = await intactResearchFiles(40));
});
const file = (i: number) => results[i] as AnonymisedResultFile;
/** Results whose pseudonyms differ: one scan per collective. */
const oneScanEach = (count: number) => {
  const seen = new Set<string | undefined>();
  return results
    .filter((r) => !seen.has(r.collective.pseudonym) && seen.add(r.collective.pseudonym))
    .slice(0, count);
};

describe('runResearchJob', () => {
  it('reads files and JSON Lines bundles, refuses identifying, invalid and oversized files, and aggregates the rest', async () => {
    const [a, b, c] = oneScanEach(3) as [
      AnonymisedResultFile,
      AnonymisedResultFile,
      AnonymisedResultFile,
    ];
    const identifying = { format: 'ck-result', formatVersion: 1 };
    const broken = { ...a, scan: { year: 2024 } };
    const files = [
      new File([json(a)], 'a.json'),
      new File([`${json(b)}\n\n${json(c)}\n${json(broken)}`], 'bundle.jsonl'),
      new File([json(identifying)], 'full.json'),
      new File(['{'], 'bad.json'),
      new File([' '.repeat(researchFileLimits.resultBytes + 1)], 'huge.json'),
    ];
    const progress: number[] = [];
    const result = await runResearchJob({ files, questionnaires: entries }, (done) =>
      progress.push(done),
    );
    expect(result.n).toBe(3);
    const cultures = [a, b, c].map((r) => r.scores.conditions.culture?.mean as number);
    expect(result.aggregate.conditions.culture?.summary.median).toBe(
      [...cultures].sort((x, y) => x - y)[1],
    );
    expect(result.refused).toEqual([
      { source: 'bundle.jsonl:4', code: 'invalid', params: { paths: ['scan.id'] } },
      { source: 'full.json', code: 'identifying-result', params: {} },
      { source: 'bad.json', code: 'unreadable', params: {} },
      {
        source: 'huge.json',
        code: 'too-large',
        params: { size: researchFileLimits.resultBytes + 1, limit: researchFileLimits.resultBytes },
      },
    ]);
    expect(result.read).toBe(7);
    expect(progress.at(-1)).toBe(files.reduce((sum, file) => sum + file.size, 0));
    expect(result.fsqca).toBeNull();
  });

  it('runs fsQCA and builds exports when asked', async () => {
    const chosen = oneScanEach(3);
    const files = chosen.map((r, i) => new File([json(r)], `${i}.json`));
    const result = await runResearchJob(
      {
        files,
        questionnaires: entries,
        outcome: {
          kind: 'values',
          label: 'y',
          byPseudonym: Object.fromEntries(chosen.map((r, i) => [r.collective.pseudonym, i / 2])),
        },
        exports: ['wide-csv', 'truth-table-csv'],
      },
      () => {},
    );
    expect(result.fsqca?.n).toBe(3 - (result.fsqca?.excluded.missingMembership ?? 0));
    expect(result.outcomeCheck?.matched).toBe(3);
    expect(result.exports.map((e) => e.fileName)).toEqual([
      'selfscan-results.csv',
      'selfscan-truth-table.csv',
    ]);
    expect(new TextDecoder().decode(result.exports[0]?.bytes).split('\r\n')[0]).toMatch(
      /^result_id,pseudonym,questionnaire_id.*,cases$/,
    );
  });

  it('gives the same result when parts are read by a pool of helpers and merged in order', async () => {
    const lines = results
      .slice(0, 12)
      .map((result, i) => (i === 5 ? '{"format":"ck-result"}' : json(result)));
    const files = [
      new File([lines.slice(0, 7).join('\n')], 'bundle.jsonl'),
      new File(['{'], 'bad.json'),
      new File([' '.repeat(researchFileLimits.resultBytes + 1)], 'huge.json'),
      ...lines.slice(7).map((line, i) => new File([line], `${i}.json`)),
    ];
    const batches: number[] = [];
    let chunks = 0;
    // helpers that finish out of order: the later batch first; their parts travel as the helpers
    // post them, packed and moved (bundle rows without their sources until the parts are joined)
    const pool: ResearchPool = {
      size: 2,
      run: async (items) => {
        batches.push(items.length);
        chunks += items.filter((item) => 'chunk' in item).length;
        await new Promise((resolve) => setTimeout(resolve, (10 - batches.length) * 2));
        const parcel = packPart(await collectItems(items, createRegistry(entries)));
        return unpackPart(structuredClone(parcel, { transfer: partBuffers(parcel) }));
      },
    };
    const input = { files, keepTable: true, questionnaires: entries };
    const alone = await runResearchJob(input, () => {});
    const pooled = await runResearchJob(input, () => {}, {
      pool,
      limits: { items: 3, bytes: 1e6 },
    });
    // eight items: the bundle as one chunk, bad.json, huge.json and five single files
    expect(batches).toEqual([3, 3, 2]);
    expect(pooled).toEqual(alone);
    expect(pooled.loadedCount).toBe(11);
    // small chunks: the bundle is cut into several, in several batches, and its lines keep their numbers
    chunks = 0;
    const chunked = await runResearchJob(input, () => {}, {
      pool,
      limits: { items: 2, bytes: 1000 },
    });
    expect(chunks).toBeGreaterThanOrEqual(4);
    expect(chunked).toEqual(alone);
    expect(pooled.refused.map((refusal) => refusal.source)).toEqual([
      'bundle.jsonl:6',
      'bad.json',
      'huge.json',
    ]);
  });

  it('leaves out an edited file (digest recomputed) and a file loaded twice: the figures are those of the batch without them', async () => {
    const clean = results.slice(0, 30);
    const edited = await withEditedScore(file(30));
    const sameId = { ...file(3), digest: file(4).digest };
    const toFiles = (list: unknown[]) => list.map((r, i) => new File([json(r)], `r${i}.json`));
    const outcome = {
      kind: 'values' as const,
      label: 'y',
      byPseudonym: Object.fromEntries(
        clean.map((r, i) => [r.collective.pseudonym as string, (i % 5) / 4]),
      ),
    };
    const input = {
      questionnaires: entries,
      outcome,
      exports: ['wide-csv' as const, 'long-csv' as const],
    };
    const expected = await runResearchJob({ ...input, files: toFiles(clean) }, () => {});
    const files = [
      ...toFiles(clean),
      new File([json(edited)], 'edited.json'),
      new File([json(file(7))], 'copy-of-r7.json'),
      new File([json(sameId)], 'same-id-as-r3.json'),
    ];
    const result = await runResearchJob({ ...input, files }, () => {});
    expect(result.refused).toEqual([
      {
        source: 'edited.json',
        code: 'scores-differ',
        params: { fields: ['culture.mean'] },
      },
      {
        source: 'same-id-as-r3.json',
        code: 'digest-mismatch',
        params: {},
      },
      { source: 'copy-of-r7.json', code: 'duplicate', params: { of: 'r7.json', by: 'digest' } },
    ]);
    expect(result.duplicates).toBe(1);
    expect(result.loadedCount).toBe(30);
    expect(result.aggregate).toEqual(expected.aggregate);
    expect(result.fsqca).toEqual(expected.fsqca);
    expect(result.exports).toEqual(expected.exports);
  });

  it('lists a result with the same id and a true digest of other content as a duplicate', async () => {
    const { digest: _digest, ...body } = structuredClone(file(3));
    body.scan.year = (body.scan.year ?? 2020) + 1;
    const { hashCanonical } = await import('../domain/hash');
    const again = { ...body, digest: await hashCanonical(body) };
    const files = [file(3), again].map((r, i) => new File([json(r)], `f${i}.json`));
    const result = await runResearchJob({ files, questionnaires: entries }, () => {});
    expect(result.refused).toEqual([
      { source: 'f1.json', code: 'duplicate', params: { of: 'f0.json', by: 'result-id' } },
    ]);
    expect(result.loadedCount).toBe(1);
  });
});
