/// <reference lib="webworker" />
// The researcher's job: read, validate and aggregate many anonymised results off the main thread,
// with a pool of helpers (one per core) reading its parts in parallel when the input is large enough.
import '../domain/zod-without-eval';
import { helperCount, startHelperPool } from './helper-pool';
import { serveJob } from './job-protocol';
import { unpackPart, type PartParcel } from './part-parcel';
import type { ResearchItem } from './research-collect';
import type { PostedResearchInput, PostedResearchResult, ResearchJobResult } from './research-job';
import { runResearchJob } from './run-research-job';
import { packTable, parcelBuffers, unpackTable } from './table-parcel';

/** Below this many bytes, starting helpers costs more than it saves. */
const parallelFrom = 8 * 1024 * 1024;
const maxHelpers = 8;

/**
 * The export files' bytes and the tables' typed arrays move to the page instead of being copied (a
 * Parquet of 100k is tens of MB, the answer codes some 30 MB): the worker is done with them.
 */
const resultBuffers = (result: PostedResearchResult): Transferable[] => [
  ...new Set([
    ...result.exports.map((file) => file.bytes.buffer as ArrayBuffer),
    ...parcelBuffers({ table: result.table, loaded: result.loaded }),
  ]),
];

/** The result with its tables packed for the page (both tables' shared columns packed once). */
function posted(result: ResearchJobResult): PostedResearchResult {
  const cache = new Map();
  return {
    ...result,
    table: result.table ? packTable(result.table, cache) : null,
    loaded: result.loaded ? packTable(result.loaded, cache) : null,
  };
}

const helpers = helperCount({ parts: Infinity, max: maxHelpers });
const startPool = () =>
  startHelperPool<ResearchItem[], PartParcel>({
    size: helpers,
    createHelper: () =>
      new Worker(new URL('./research-helper.worker.ts', import.meta.url), { type: 'module' }),
  });
// The page starts this worker before its job (a spare, useWorkerJob's `keepSpare`): its helpers
// start with it and load their code and the questionnaires while the researcher picks a file. A job
// too small for them leaves them unused; they end with this worker.
let warmPool = helpers >= 2 ? warmUp() : undefined;

function warmUp() {
  try {
    return startPool();
  } catch {
    // a browser that cannot start a worker from a worker: nothing waits ready, and the job meets
    // that when it starts its helpers, as before
    return undefined;
  }
}

serveJob<PostedResearchInput, PostedResearchResult>(
  self,
  async ({ table: parcel, ...rest }, progress) => {
    const input = { ...rest, ...(parcel ? { table: unpackTable(parcel) } : {}) };
    const bytes = input.files.reduce((sum, file) => sum + file.size, 0);
    if (helpers < 2 || bytes < parallelFrom) return posted(await runResearchJob(input, progress));
    const pool = warmPool ?? startPool();
    warmPool = undefined;
    const readers = {
      size: pool.size,
      run: (items: ResearchItem[]) => pool.run(items).then(unpackPart),
    };
    try {
      return posted(await runResearchJob(input, progress, { pool: readers }));
    } finally {
      pool.close();
    }
  },
  resultBuffers,
);
