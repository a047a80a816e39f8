// The funder's batch screening, off the main thread: shares the files out over a few shard workers
// (one per core, screen-shard.worker.ts), marks duplicates in the batch's order as the outcomes come
// in, and sends them to the page in parts of a few dozen, with progress a few times a second, so the
// page never receives one large message. Writes nothing.
import { duplicateMarker } from '../domain/screening/mark-duplicates';
import type { ScreenedFile } from '../domain/screening/screen-status';
import { serveJob, type JobEvent, type JobRequest } from './job-protocol';
import type { ScreenFilesInput, ScreenFilesPart, ScreenFilesResult } from './screen-files-job';
import type { ScreenShardInput, ScreenShardPart } from './screen-shard.worker';

const partSize = 25;
const progressEveryMs = 100;
const maxShards = 4;
/** Below this many files a shard's start-up (its code, the questionnaires) is not worth it. */
const filesPerShard = 8;

function shardCount(files: number): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(cores, maxShards, Math.ceil(files / filesPerShard)));
}

/** Runs one shard; each outcome goes to `onPart`. Rejects when the shard fails. */
function runShard(input: ScreenShardInput, onPart: (part: ScreenShardPart) => void): Promise<void> {
  const worker = new Worker(new URL('./screen-shard.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<JobEvent<null, ScreenShardPart>>) => {
      const message = event.data;
      if (message.type === 'part') onPart(message.part);
      if (message.type === 'done') resolve();
      if (message.type === 'failed') reject(new Error(message.code));
    };
    worker.onerror = () => reject(new Error('shard-error'));
    worker.postMessage({ type: 'start', input } satisfies JobRequest<ScreenShardInput>);
  }).finally(() => worker.terminate());
}

serveJob<ScreenFilesInput, ScreenFilesResult, ScreenFilesPart, File>(
  self,
  async ({ knownDigests }, progress, { items: files, sendPart }) => {
    const shards = shardCount(files.length);
    const outcomes: (ScreenedFile | undefined)[] = new Array(files.length);
    const mark = duplicateMarker({ knownDigests });
    let sent = 0;
    let done = 0;
    let reportedAt = 0;
    let pending: ScreenedFile[] = [];
    const flush = (isLast: boolean) => {
      while (sent < files.length && outcomes[sent]) {
        pending.push(mark(outcomes[sent] as ScreenedFile));
        outcomes[sent] = undefined; // sent on: let it go
        sent += 1;
      }
      if (!isLast && pending.length >= partSize) {
        sendPart(pending);
        pending = [];
      }
    };
    const onPart = ({ place, file }: ScreenShardPart) => {
      outcomes[place] = file;
      done += 1;
      flush(false);
      if (performance.now() - reportedAt >= progressEveryMs) {
        reportedAt = performance.now();
        progress(done, files.length);
      }
    };
    await Promise.all(
      Array.from({ length: shards }, (_, shard) => {
        const places = files.map((_, place) => place).filter((place) => place % shards === shard);
        return runShard({ files: places.map((place) => files[place] as File), places }, onPart);
      }),
    );
    progress(files.length, files.length);
    flush(true);
    return pending;
  },
);
