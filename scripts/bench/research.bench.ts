// Research figures in Node: reading, validating and aggregating 10,000 and 100,000 generated results
// (the worker's code path) with where the time goes per step, and `selfscan aggregate` on a folder of
// 100,000 files. The figures in the browser's worker (main thread's longest task) are
// research-browser.bench.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anonymisedResultFileSchema } from '../../src/domain/files/anonymised-result-file';
import { aggregateResearch, type ResearchRegistry } from '../../src/domain/research';
import { loadQuestionnaireRegistry } from '../lib/load-questionnaires';
import { readJsonText } from '../../src/domain/safe-json';
import { createResearchCollector } from '../../src/workers/research-collect';
import type { Figure } from './measure';
import { distinctResearchLine, researchLines } from './research-input';

/** Runs a task and reports its time and the process's peak resident memory (getrusage maxRSS) after it. */
async function peakDuring<T>(
  task: () => T | Promise<T>,
): Promise<{ value: T; ms: number; peakMB: number }> {
  const start = performance.now();
  const value = await task();
  const ms = performance.now() - start;
  return { value, ms, peakMB: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Where the collector's time goes, per 1,000 results (the distinct lines once, after a warm-up pass):
 * JSON.parse alone (the floor), the safe reader (parse and shape walk), the schema on parsed values, and
 * the whole collector (all of these plus the table builder).
 */
function breakdown(lines: string[], registry: ResearchRegistry): Figure[] {
  const per1000 = (task: (line: string, i: number) => unknown) => {
    lines.forEach(task);
    const start = performance.now();
    lines.forEach(task);
    return ((performance.now() - start) / lines.length) * 1000;
  };
  const parsed = lines.map((line) => JSON.parse(line) as unknown);
  const collector = createResearchCollector(registry);
  const steps: [string, string, number][] = [
    ['parse', 'JSON.parse alone', per1000((line) => JSON.parse(line))],
    ['safeRead', 'readJsonText (parse + depth/key walk)', per1000((line) => readJsonText(line))],
    [
      'schema',
      'schema on parsed values (zod)',
      per1000((_, i) => anonymisedResultFileSchema.safeParse(parsed[i])),
    ],
    [
      'collect',
      'whole collector (read, schema, re-score; digests left pending)',
      per1000((l, i) => collector.take(`${i}`, l)),
    ],
  ];
  return steps.map(([key, label, value]) => ({
    key: `research.per1000.${key}.ms`,
    label: `research per 1,000 results: ${label}`,
    value,
    unit: 'ms',
  }));
}

/**
 * Research figures in Node; `sizes` and `cliFiles` can be lowered for a quick run. 100,000 in process
 * is left to the browser's worker and the command line, which measure it too, to keep the bench short.
 */
export async function benchResearchNode({
  sizes = [10_000],
  cliFiles = 100_000,
}: { sizes?: number[]; cliFiles?: number } = {}): Promise<Figure[]> {
  const lines = await researchLines();
  const registry = await loadQuestionnaireRegistry();
  const figures: Figure[] = breakdown(lines, registry);
  const distinct = await Promise.all(
    Array.from({ length: Math.max(0, ...sizes) }, (_, i) => distinctResearchLine(i)),
  );
  for (const size of sizes) {
    // 100,000 results are ~600 MB: more than one JavaScript string holds, so the worker streams lines
    const inputMB =
      Array.from({ length: size }, (_, i) => (lines[i % lines.length] as string).length + 1).reduce(
        (x, y) => x + y,
        0,
      ) /
      1024 ** 2;
    const baseMB = process.memoryUsage().rss / 1024 ** 2;
    // a peak of an earlier size would hide this one's: measure the larger sizes last
    const run = await peakDuring(async () => {
      const collector = createResearchCollector(registry);
      for (let i = 0; i < size; i += 1) collector.take(`line ${i + 1}`, distinct[i] as string);
      return collector.finish({ keepTable: true });
    });
    if (run.value.loadedCount !== size)
      throw new Error(`the bench input read as ${run.value.loadedCount} results, not ${size}`);
    const table = run.value.table;
    const aggregateOnly = await peakDuring(() => (table ? aggregateResearch(table) : null));
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
        await distinctResearchLine(i),
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
