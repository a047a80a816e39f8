// Research figures in Node: reading, validating and aggregating 10,000 and 100,000 generated results
// (the worker's code path), and `selfscan aggregate` on a folder of 100,000 files. The in-browser worker
// figures (main thread's longest task) are the research-ui bench.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateResearch } from '../../src/domain/research';
import { createResearchCollector } from '../../src/workers/research-collect';
import { loadQuestionnaireRegistry } from '../lib/load-questionnaires';
import { generateResearchData } from '../lib/research-data';
import type { Figure } from './measure';

/** Distinct generated results as JSON lines; larger sets repeat them (aggregation does not care). */
async function generatedLines(distinct: number): Promise<string[]> {
  const entry = (await loadQuestionnaireRegistry()).latest('ck-selfscan');
  if (!entry) throw new Error('ck-selfscan is not in questionnaires/');
  const lines: string[] = [];
  for await (const file of generateResearchData({ n: distinct, seed: 20260101, ...entry })) {
    lines.push(JSON.stringify(file));
  }
  return lines;
}

function peakDuring<T>(task: () => T): { value: T; ms: number; peakMB: number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const value = task();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { value, ms, peakMB: peak / 1024 ** 2 };
}

/** Research figures in Node; `sizes` and `cliFiles` can be lowered for a quick run. */
export async function benchResearchNode({
  sizes = [10_000, 100_000],
  cliFiles = 100_000,
  distinct = 5_000,
}: { sizes?: number[]; cliFiles?: number; distinct?: number } = {}): Promise<Figure[]> {
  const lines = await generatedLines(distinct);
  const figures: Figure[] = [];
  for (const size of sizes) {
    // 100,000 results are ~600 MB: more than one JavaScript string holds, so the worker streams lines
    const inputMB =
      Array.from({ length: size }, (_, i) => (lines[i % lines.length] as string).length + 1).reduce(
        (x, y) => x + y,
        0,
      ) /
      1024 ** 2;
    const baseMB = process.memoryUsage().rss / 1024 ** 2;
    const run = peakDuring(() => {
      const collector = createResearchCollector();
      for (let i = 0; i < size; i += 1)
        collector.take(`line ${i + 1}`, lines[i % lines.length] as string);
      return collector.finish({ keepTable: true });
    });
    const table = run.value.table;
    const aggregateOnly = peakDuring(() => (table ? aggregateResearch(table) : null));
    const k = `${size / 1000}k`;
    figures.push(
      {
        key: `research.read${k}.ms`,
        label: `read, validate, aggregate ${size} results (Node, worker code)`,
        value: run.ms,
        unit: 'ms',
      },
      {
        key: `research.aggregate${k}.ms`,
        label: `aggregate ${size} results from the table`,
        value: aggregateOnly.ms,
        unit: 'ms',
      },
      {
        key: `research.input${k}.MB`,
        label: `input size, ${size} results as JSON Lines`,
        value: inputMB,
        unit: 'MB',
      },
      {
        key: `research.peakGrowth${k}.MB`,
        label: `peak memory growth while reading ${size} (distinct input lines held apart)`,
        value: run.peakMB - baseMB,
        unit: 'MB',
      },
    );
  }
  if (cliFiles > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'research-bench-'));
    mkdirSync(join(dir, 'files'));
    for (let i = 0; i < cliFiles; i += 1) {
      writeFileSync(
        join(dir, 'files', `r${String(i).padStart(6, '0')}.json`),
        lines[i % lines.length] as string,
      );
    }
    const start = performance.now();
    const cli = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/selfscan.ts', 'aggregate', '--json', join(dir, 'files')],
      { encoding: 'utf8', maxBuffer: 1024 ** 3 },
    );
    const ms = performance.now() - start;
    rmSync(dir, { recursive: true, force: true });
    if (cli.status !== 0) throw new Error(`selfscan aggregate failed: ${cli.stderr.slice(0, 500)}`);
    figures.push({
      key: `research.cli${cliFiles / 1000}kFiles.ms`,
      label: `selfscan aggregate on ${cliFiles} files (whole process)`,
      value: ms,
      unit: 'ms',
    });
  }
  return figures;
}
