// `npm run research:generate -- --n 1000 [--seed 1] --out <dir | file.jsonl>`: synthetic anonymised
// results (seeded: the same seed gives the same bytes), one file each or one JSON Lines bundle.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegistryOrReport } from './lib/load-registry';
import { questionnairesDir } from './lib/load-questionnaires';
import { generateResearchData } from './lib/research-data';

/** Writes the generated results; exit 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { n: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const n = Number(values.n ?? '');
  const seed = Number(values.seed ?? '1');
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !values.out) {
    console.error(
      'Usage: npm run research:generate -- --n <count> [--seed <int>] --out <dir | file.jsonl>',
    );
    return 2;
  }
  const registry = await loadRegistryOrReport(questionnairesDir);
  const entry = registry?.latest('ck-selfscan');
  if (!entry) return 1;
  const data = generateResearchData({
    n,
    seed,
    questionnaire: entry.questionnaire,
    ref: entry.ref,
  });
  if (values.out.endsWith('.jsonl')) {
    await mkdir(dirname(values.out), { recursive: true });
    const stream = createWriteStream(values.out);
    for await (const file of data) {
      if (!stream.write(`${JSON.stringify(file)}\n`))
        await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => stream.end(() => resolve()));
  } else {
    await mkdir(values.out, { recursive: true });
    let i = 0;
    for await (const file of data) {
      i += 1;
      await writeFile(
        join(values.out, `result-${String(i).padStart(6, '0')}.json`),
        `${JSON.stringify(file, null, 2)}\n`,
      );
    }
  }
  console.log(`wrote ${n} anonymised results to ${values.out}`);
  return 0;
}

if (process.argv[1]?.endsWith('generate-research-data.ts')) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
