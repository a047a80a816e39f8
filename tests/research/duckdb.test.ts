// @vitest-environment node
// The exports load unchanged into a real engine: DuckDB reads the Parquet and the CSV files and finds
// the same n, means and medians per condition as the app's aggregate.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateResearch, buildResearchTable, runFsqca } from '../../src/domain/research';
import {
  longCsv,
  membershipCsv,
  truthTableCsv,
  wideCsv,
  wideParquet,
} from '../../src/exports/research';
import { generateResearchFiles } from '../../scripts/lib/research-data';
import { testRegistry } from '../support/questionnaires';

describe('exports in DuckDB', { timeout: 120_000 }, () => {
  it('gives the same n, means and medians per condition as the aggregate', async () => {
    const registry = await testRegistry();
    const entry = registry.entries[0];
    if (!entry) throw new Error('no questionnaire');
    const files = await generateResearchFiles({
      n: 300,
      seed: 11,
      questionnaire: entry.questionnaire,
      ref: entry.ref,
    });
    const table = buildResearchTable(files);
    const aggregate = aggregateResearch(table);
    const dir = mkdtempSync(join(tmpdir(), 'duck-'));
    const parquet = join(dir, 'results.parquet');
    const csv = join(dir, 'results.csv');
    writeFileSync(parquet, wideParquet(table));
    writeFileSync(csv, wideCsv(table));
    writeFileSync(join(dir, 'answers.csv'), longCsv(table, registry.entries));
    const byPseudonym = Object.fromEntries(
      files.map((f, i) => [f.collective.pseudonym ?? '', i % 2]),
    );
    const fsqca = runFsqca({ table, outcome: { kind: 'values', label: 'active', byPseudonym } });
    writeFileSync(join(dir, 'memberships.csv'), membershipCsv(fsqca.membershipTable));
    writeFileSync(join(dir, 'truth.csv'), truthTableCsv(fsqca.result));

    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    for (const source of [`read_parquet('${parquet}')`, `read_csv('${csv}')`]) {
      for (const id of aggregate.conditionIds) {
        const [row] = await query(
          `select count(${id}_mean) as n, avg(${id}_mean) as mean, median(${id}_mean) as median, count(*) as total from ${source}`,
        );
        const summary = aggregate.conditions[id]?.summary;
        expect(Number(row?.total), source).toBe(aggregate.n);
        expect(Number(row?.n), `${source} ${id}`).toBe(summary?.n);
        expect(Number(row?.mean)).toBeCloseTo(summary?.mean ?? NaN, 9);
        expect(Number(row?.median)).toBeCloseTo(summary?.median ?? NaN, 9);
      }
    }
    const [answers] = await query(
      `select count(*) as n, count(distinct result_id) as results from read_csv('${join(dir, 'answers.csv')}')`,
    );
    expect(Number(answers?.results)).toBe(aggregate.n);
    const [truth] = await query(
      `select sum(n) as cases, count(*) as rows, max(consistency_cutoff) as cutoff from read_csv('${join(dir, 'truth.csv')}')`,
    );
    expect(Number(truth?.rows)).toBe(32);
    expect(Number(truth?.cases)).toBe(fsqca.result.n - fsqca.result.atCrossover.length);
    expect(Number(truth?.cutoff)).toBe(0.8);
    const [members] = await query(
      `select count(*) as n from read_csv('${join(dir, 'memberships.csv')}')`,
    );
    expect(Number(members?.n)).toBe(fsqca.result.n);
  });
});
