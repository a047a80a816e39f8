// Reading a research batch from disk for the command line: many files read 32 at a time, the next 32
// while these are validated (never all texts at once), JSON Lines bundles in chunks of whole lines,
// through the same collector and chunk reader as the worker.
import { openAsBlob } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { blobChunks } from '../../src/workers/bundle-chunks';
import {
  createResearchCollector,
  isBundleName,
  readItem,
} from '../../src/workers/research-collect';
import { researchFileLimits } from '../../src/workers/research-job';
import type { ResearchRegistry } from '../../src/domain/research';
import { expandInputs } from './read-file';

const concurrency = 32;

/**
 * Collects every anonymised result under the given paths (files, folders, .jsonl bundles), each
 * re-scored with its questionnaire version from `registry` and its digest checked.
 */
export async function collectResearchBatch(paths: readonly string[], registry: ResearchRegistry) {
  const collector = createResearchCollector(registry);
  // the anonymiser's own report lies next to its files; it is not a result
  const files = (await expandInputs(paths, ['.json', '.jsonl', '.ndjson'])).filter(
    (file) => !file.endsWith('anonymisation-report.json'),
  );
  const bundles = files.filter(isBundleName);
  const singles = files.filter((file) => !isBundleName(file));
  const readSingle = async (file: string) => {
    const size = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (size > researchFileLimits.resultBytes) return { file, size };
    return { file, text: (await readFile(file, 'utf8').catch(() => '')).replace(/^\uFEFF/, '') };
  };
  const readChunk = (start: number) =>
    Promise.all(singles.slice(start, start + concurrency).map(readSingle));
  // the next chunk is read while this one is validated: the disk and the CPU work at the same time
  let next = readChunk(0);
  for (let start = 0; start < singles.length; start += concurrency) {
    const texts = await next;
    if (start + concurrency < singles.length) next = readChunk(start + concurrency);
    for (const item of texts) {
      if ('size' in item) {
        collector.refuse({
          source: item.file,
          code: 'too-large',
          params: { size: item.size, limit: researchFileLimits.resultBytes },
        });
      } else collector.take(item.file, item.text);
    }
    await collector.flush();
  }
  for (const [bundle, file] of bundles.entries()) {
    for await (const chunk of blobChunks({ name: file, bundle }, await openAsBlob(file))) {
      await collector.item(await readItem({ source: file, chunk }));
      await collector.flush();
    }
  }
  return { collector, fileCount: files.length };
}
