import { createRegistry } from '../domain/questionnaire/registry';
import type { ResearchRefusal, ResearchRegistry } from '../domain/research';
import { blobChunks } from './bundle-chunks';
import type { HelperPool } from './helper-pool';
import {
  collectItems,
  finishResearch,
  isBundleName,
  mergeParts,
  type ResearchItem,
  type ResearchPart,
} from './research-collect';
import { researchFileLimits, type ResearchJobInput, type ResearchJobResult } from './research-job';

/** Helpers that read parts (batches of items) in parallel: a pool of workers, or this thread. */
export type ResearchPool = Pick<HelperPool<ResearchItem[], ResearchPart>, 'size' | 'run'>;

/** Reads every part here, one after the other: for small inputs and single-core devices. */
export const inPlacePool = (registry: ResearchRegistry): ResearchPool => ({
  size: 1,
  run: (items) => collectItems(items, registry),
});

/**
 * A part goes to a helper at this many items or bytes, whichever comes first; a bundle is cut into
 * chunks of about `bytes` too.
 */
export const partLimits = { items: 500, bytes: 4 * 1024 * 1024 };

/** Every item of the input in order: chunks of bundles, single files, and files too large to read. */
async function* itemsOf(
  files: readonly File[],
  chunkBytes: number,
): AsyncGenerator<{ item: ResearchItem; bytes: number }> {
  for (const [index, file] of files.entries()) {
    const isBundle = isBundleName(file.name);
    const limit = isBundle ? researchFileLimits.bundleBytes : researchFileLimits.resultBytes;
    if (file.size > limit) {
      const refusal: ResearchRefusal = {
        source: file.name,
        code: 'too-large',
        params: { size: file.size, limit },
      };
      yield { item: { source: file.name, refusal }, bytes: file.size };
    } else if (isBundle) {
      for await (const chunk of blobChunks({ name: file.name, bundle: index }, file, {
        chunkBytes,
      })) {
        yield { item: { source: file.name, chunk }, bytes: chunk.end - chunk.start };
      }
    } else {
      yield { item: { source: file.name, file }, bytes: file.size };
    }
  }
}

/**
 * Parts (batches of items), sent to the pool as they fill, at most two per helper in flight; their
 * results in order. `advance` hears of a part's bytes when its result is back.
 */
async function readInPool(
  items: AsyncIterable<{ item: ResearchItem; bytes: number }>,
  pool: ResearchPool,
  limits: typeof partLimits,
  advance: (bytes: number) => void,
): Promise<ResearchPart[]> {
  const parts: Promise<ResearchPart>[] = [];
  let batch: ResearchItem[] = [];
  let bytes = 0;
  const send = async () => {
    const sent = bytes;
    parts.push(
      pool.run(batch).then((part) => {
        advance(sent);
        return part;
      }),
    );
    batch = [];
    bytes = 0;
    // wait for the oldest part still out, so the unread bytes held stay bounded
    const inFlight = 2 * pool.size;
    if (parts.length > inFlight) await parts[parts.length - 1 - inFlight];
  };
  for await (const next of items) {
    batch.push(next.item);
    bytes += next.bytes;
    if (batch.length >= limits.items || bytes >= limits.bytes) await send();
  }
  if (batch.length > 0) await send();
  return Promise.all(parts);
}

/** Progress is told at most this often (and at the end): each report redraws part of the page. */
const progressEvery = { share: 0.01, ms: 200 };

/**
 * The research job: checks each file's size before reading it, reads JSON Lines bundles in chunks of
 * whole lines, keeps only the table's columns of each valid anonymised result, then aggregates, runs
 * fsQCA when an outcome is given, and builds the asked exports. Its parts (batches of items) are
 * read by the pool's helpers in parallel (or here, one by one) and merged in order: the same result
 * either way. Progress counts the bytes of the parts read.
 */
export async function runResearchJob(
  input: ResearchJobInput,
  progress: (done: number, total: number) => void,
  { pool, limits = partLimits }: { pool?: ResearchPool; limits?: typeof partLimits } = {},
): Promise<ResearchJobResult> {
  // a run from what an earlier run loaded reads nothing: an export, another outcome or choice of cases
  if (input.table) {
    const table = input.table;
    progress(1, 1);
    return finishResearch({ table, read: table.n, refused: [], refusedCount: 0 }, input);
  }
  const readers = pool ?? inPlacePool(createRegistry([...(input.questionnaires ?? [])]));
  const total = input.files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let reported = { bytes: 0, at: -Infinity };
  const advance = (bytes: number) => {
    done += bytes;
    const now = performance.now();
    const isDue =
      done - reported.bytes >= total * progressEvery.share && now - reported.at >= progressEvery.ms;
    if (isDue || done === total) {
      reported = { bytes: done, at: now };
      progress(done, total);
    }
  };
  const items = itemsOf(input.files, limits.bytes);
  const parts = await readInPool(items, readers, limits, advance);
  return finishResearch(mergeParts(parts), input);
}
