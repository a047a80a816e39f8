import { researchFileLimits, type ResearchJobInput, type ResearchJobResult } from './research-job';
import {
  createResearchCollector,
  finishResearch,
  isBundleName,
  mergeParts,
  streamLines,
  type ResearchItem,
  type ResearchPart,
} from './research-collect';

/** Helpers that read batches of items in parallel (one Web Worker each); `size` is how many. */
export type ResearchPool = {
  size: number;
  read: (items: ResearchItem[]) => Promise<ResearchPart>;
};

/** A batch goes to a helper at this many items or bytes of text, whichever comes first. */
export const batchLimits = { items: 500, chars: 4 * 1024 * 1024 };

/** Every item of the input in order: lines of bundles, single files, and files too large to read. */
async function* itemsOf(
  files: readonly File[],
  advance: (bytes: number) => void,
): AsyncGenerator<ResearchItem> {
  for (const file of files) {
    const isBundle = isBundleName(file.name);
    const limit = isBundle ? researchFileLimits.bundleBytes : researchFileLimits.resultBytes;
    if (file.size > limit) {
      advance(file.size);
      yield {
        source: file.name,
        refusal: { source: file.name, code: 'too-large', params: { size: file.size, limit } },
      };
    } else if (isBundle) {
      for await (const line of streamLines(file.stream(), advance)) {
        yield { source: `${file.name}:${line.line}`, text: line.text };
      }
    } else {
      const text = await file.text();
      advance(file.size);
      yield { source: file.name, text };
    }
  }
}

/** Batches of items, sent to the pool as they fill, at most two per helper in flight; parts in order. */
async function readInPool(
  items: AsyncIterable<ResearchItem>,
  pool: ResearchPool,
  limits: typeof batchLimits,
): Promise<ResearchPart[]> {
  const parts: Promise<ResearchPart>[] = [];
  let batch: ResearchItem[] = [];
  let chars = 0;
  const send = async () => {
    parts.push(pool.read(batch));
    batch = [];
    chars = 0;
    // wait for the oldest batch still running, so the unread text held stays bounded
    const inFlight = 2 * pool.size;
    if (parts.length > inFlight) await parts[parts.length - 1 - inFlight];
  };
  for await (const item of items) {
    batch.push(item);
    chars += 'text' in item ? item.text.length : 0;
    if (batch.length >= limits.items || chars >= limits.chars) await send();
  }
  if (batch.length > 0) await send();
  return Promise.all(parts);
}

/**
 * The research job: checks each file's size before reading it, streams JSON Lines bundles line by
 * line, keeps only the table's columns of each valid anonymised result, then aggregates, runs fsQCA
 * when an outcome is given, and builds the asked exports. With a pool, batches of texts are read by
 * its helpers in parallel and their tables merged in order: the same result as reading here.
 */
export async function runResearchJob(
  input: ResearchJobInput,
  progress: (done: number, total: number) => void,
  { pool, limits = batchLimits }: { pool?: ResearchPool; limits?: typeof batchLimits } = {},
): Promise<ResearchJobResult> {
  const total = input.files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let reported = 0;
  const advance = (bytes: number) => {
    done += bytes;
    if (done - reported >= total / 100 || done === total) {
      reported = done;
      progress(done, total);
    }
  };
  const items = itemsOf(input.files, advance);
  if (!pool) {
    // one text at a time: the texts are never all held
    const collector = createResearchCollector();
    for await (const item of items) collector.item(item);
    return collector.finish(input);
  }
  return finishResearch(mergeParts(await readInPool(items, pool, limits)), input);
}
