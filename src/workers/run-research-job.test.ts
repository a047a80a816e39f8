// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeAnonymised } from '../../tests/research/fake-anonymised';
import { collectItems } from './research-collect';
import { researchFileLimits } from './research-job';
import { runResearchJob, type ResearchPool } from './run-research-job';

const json = (value: unknown) => JSON.stringify(value);

describe('runResearchJob', () => {
  it('reads files and JSON Lines bundles, refuses identifying, invalid and oversized files, and aggregates the rest', async () => {
    const a = fakeAnonymised({ means: { culture: 2 } }, 0);
    const b = fakeAnonymised({ means: { culture: 4 } }, 1);
    const c = fakeAnonymised({ means: { culture: 3 } }, 2);
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
    const result = await runResearchJob({ files }, (done) => progress.push(done));
    expect(result.n).toBe(3);
    expect(result.aggregate.conditions.culture?.summary.median).toBe(3);
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
    const files = [0, 1, 2].map(
      (i) =>
        new File(
          [
            json(
              fakeAnonymised(
                {
                  means: { culture: 2 + i },
                  memberships: { culture: 0.2 + 0.3 * i },
                  pseudonym: String(i).repeat(64),
                },
                i,
              ),
            ),
          ],
          `${i}.json`,
        ),
    );
    const result = await runResearchJob(
      {
        files,
        outcome: {
          kind: 'values',
          label: 'y',
          byPseudonym: { ['0'.repeat(64)]: 0, ['1'.repeat(64)]: 1, ['2'.repeat(64)]: 1 },
        },
        exports: ['wide-csv', 'truth-table-csv'],
      },
      () => {},
    );
    expect(result.fsqca?.n).toBe(3);
    expect(result.exports.map((e) => e.fileName)).toEqual([
      'selfscan-results.csv',
      'selfscan-truth-table.csv',
    ]);
    expect(new TextDecoder().decode(result.exports[0]?.bytes).split('\r\n')[0]).toMatch(
      /^result_id,pseudonym,questionnaire_id/,
    );
  });

  it('gives the same result when parts are read by a pool of helpers and merged in order', async () => {
    const results = Array.from({ length: 12 }, (_, i) =>
      fakeAnonymised(
        { means: { culture: 1 + (i % 5), network: i % 3 ? 2 : null }, sector: `s${i % 4}` },
        i,
      ),
    );
    const lines = results.map((result, i) => (i === 5 ? '{"format":"ck-result"}' : json(result)));
    const files = [
      new File([lines.slice(0, 7).join('\n')], 'bundle.jsonl'),
      new File(['{'], 'bad.json'),
      new File([' '.repeat(researchFileLimits.resultBytes + 1)], 'huge.json'),
      ...lines.slice(7).map((line, i) => new File([line], `${i}.json`)),
    ];
    const batches: number[] = [];
    let chunks = 0;
    // helpers that finish out of order: the later batch first
    const pool: ResearchPool = {
      size: 2,
      run: async (items) => {
        batches.push(items.length);
        chunks += items.filter((item) => 'chunk' in item).length;
        await new Promise((resolve) => setTimeout(resolve, (10 - batches.length) * 2));
        return collectItems(items);
      },
    };
    const input = { files, keepTable: true };
    const alone = await runResearchJob(input, () => {});
    const pooled = await runResearchJob(input, () => {}, {
      pool,
      limits: { items: 3, bytes: 1e6 },
    });
    // eight items: the bundle as one chunk, bad.json, huge.json and five single files
    expect(batches).toEqual([3, 3, 2]);
    expect(pooled).toEqual(alone);
    expect(pooled.n).toBe(11);
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
});
