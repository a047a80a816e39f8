// The research benches' input: a few thousand distinct generated anonymised results, made once per
// process, repeated to any size, so that 100,000 results cost seconds to prepare rather than minutes
// of scoring. A result read twice counts once, so each copy gets its own scan id and, for that, its
// own digest (the canonical text is made once per distinct result; only the id changes in it).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { loadQuestionnaireRegistry } from '../lib/load-questionnaires';
import { quickCanonicalJson } from '../../src/domain/research/quick-canonical';
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

type Template = { line: string; canonical: string; scanId: string; digest: string };
let templates: Promise<Template[]> | undefined;

function templatesOf(lines: string[]): Template[] {
  return lines.map((line) => {
    const { digest, ...body } = JSON.parse(line) as { digest: string; scan: { id: string } };
    return { line, canonical: quickCanonicalJson(body), scanId: body.scan.id, digest };
  });
}

/**
 * The i-th result of the input: the distinct results in turn, copy c of a result with the first four
 * hex digits of its scan id replaced by c, and its digest recomputed.
 */
export async function distinctResearchLine(i: number): Promise<string> {
  templates ??= researchLines().then(templatesOf);
  const all = await templates;
  const template = all[i % all.length] as Template;
  const copy = Math.floor(i / all.length);
  if (copy === 0) return template.line;
  const id = `scan-${copy.toString(16).padStart(4, '0')}${template.scanId.slice(9)}`;
  const canonical = template.canonical.replace(template.scanId, id);
  const digest = createHash('sha256').update(canonical).digest('hex');
  return template.line.replace(template.scanId, id).replace(template.digest, digest);
}

/** Writes `n` results as one JSON Lines bundle in `dir`; returns its path. */
export async function writeResearchBundle(n: number, dir: string): Promise<string> {
  const path = join(dir, `research-${n}.jsonl`);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i += 1) {
    if (!out.write(`${await distinctResearchLine(i)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return path;
}
