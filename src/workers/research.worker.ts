/// <reference lib="webworker" />
// The researcher's batch: read, validate and aggregate many anonymised results off the main thread,
// with one helper worker per core reading batches in parallel when the input is large enough.
import { serveJob } from './job-protocol';
import type { ResearchPart } from './research-collect';
import type { ResearchJobInput, ResearchJobResult } from './research-job';
import { runResearchJob, type ResearchPool } from './research-run';

/** Below this many bytes, starting helpers costs more than it saves. */
const parallelFrom = 8 * 1024 * 1024;

/** Helper workers; each batch goes to the one with the fewest batches in hand. */
function createPool(size: number): ResearchPool & { close: () => void } {
  const waiting = new Map<number, { resolve: (part: ResearchPart) => void; fail: () => void }>();
  const busy = Array.from({ length: size }, () => 0);
  const helpers = Array.from({ length: size }, (_, index) => {
    const helper = new Worker(new URL('./research-part.worker.ts', import.meta.url), {
      type: 'module',
    });
    helper.onmessage = (event: MessageEvent<{ id: number; part: ResearchPart }>) => {
      busy[index] = (busy[index] ?? 1) - 1;
      waiting.get(event.data.id)?.resolve(event.data.part);
      waiting.delete(event.data.id);
    };
    helper.onerror = () => {
      for (const { fail } of waiting.values()) fail();
      waiting.clear();
    };
    return helper;
  });
  let next = 0;
  return {
    size,
    read: (items) =>
      new Promise<ResearchPart>((resolve, reject) => {
        const id = next;
        next += 1;
        waiting.set(id, { resolve, fail: () => reject(new Error('helper-failed')) });
        const index = busy.indexOf(Math.min(...busy));
        busy[index] = (busy[index] ?? 0) + 1;
        helpers[index]?.postMessage({ id, items });
      }),
    close: () => helpers.forEach((helper) => helper.terminate()),
  };
}

/** The export files' bytes move to the page instead of being copied (a Parquet of 100k is tens of MB). */
const exportBuffers = (result: ResearchJobResult): Transferable[] => [
  ...new Set(result.exports.map((file) => file.bytes.buffer as ArrayBuffer)),
];

serveJob<ResearchJobInput, ResearchJobResult>(
  self,
  async (input, progress) => {
    const bytes = input.files.reduce((sum, file) => sum + file.size, 0);
    const cores = Math.min(8, navigator.hardwareConcurrency || 1);
    if (cores < 2 || bytes < parallelFrom) return runResearchJob(input, progress);
    const pool = createPool(cores);
    try {
      return await runResearchJob(input, progress, { pool });
    } finally {
      pool.close();
    }
  },
  exportBuffers,
);
