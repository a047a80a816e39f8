// The research benches' input: a few thousand distinct generated anonymised results, made once per
// process, repeated to any size (reading and aggregating do not care that a result comes back), so
// that 100,000 results cost seconds to prepare rather than minutes of scoring and hashing.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { loadQuestionnaireRegistry } from '../lib/load-questionnaires';
import { generateResearchData } from '../lib/research-data';

let distinctLines: Promise<string[]> | undefined;

async function generate(distinct: number): Promise<string[]> {
  const entry = (await loadQuestionnaireRegistry()).latest('ck-selfscan');
  if (!entry) throw new Error('ck-selfscan is not in questionnaires/');
  const lines: string[] = [];
  for await (const file of generateResearchData({ n: distinct, seed: 20260101, ...entry })) {
    lines.push(JSON.stringify(file));
  }
  return lines;
}

/** 5,000 distinct generated results as JSON lines, generated once per process. */
export function researchLines(): Promise<string[]> {
  distinctLines ??= generate(5_000);
  return distinctLines;
}

/** Writes `n` results as one JSON Lines bundle in `dir`; returns its path. */
export async function writeResearchBundle(n: number, dir: string): Promise<string> {
  const lines = await researchLines();
  const path = join(dir, `research-${n}.jsonl`);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i += 1) {
    if (!out.write(`${lines[i % lines.length] as string}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return path;
}
