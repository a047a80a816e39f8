// A job split into parts, done by helper workers in a pool: the funder's screening and the
// researcher's loading share their work out this way. Each helper serves its parts with
// `serveJob` (job-protocol.ts), one `start` per part with an id its answer carries back. A part goes
// to the helper with the fewest parts in hand, so a helper may hold two and never waits for its next.
// With `partTimeLimitMs` a helper holds one part at a time (the rest wait in the pool), so the time
// a part takes is its own: a part over the limit fails with `timed-out`, its helper is terminated and
// a fresh one takes the next part. A fresh helper first loads its code (and whatever it loads once, the
// questionnaires say): until it has answered once, its part's clock also allows `startAllowanceMs`,
// since that time is not the part's (a first file under load was given up for it). A helper that crashes is replaced the same way.
// Cancelling the job is `close()`: every helper is terminated, and parts still out are not answered.
import type { JobEvent, JobRequest } from './job-protocol';

/** What a pool's helper may send for one part before its result (job-protocol's `part` messages). */
export type HelperPool<PartInput, PartResult, Sent = never> = {
  /** how many helpers */
  size: number;
  /** Hands one part to a helper; resolves with its result, rejects when the part or its helper fails. */
  run: (input: PartInput, onSent?: (sent: Sent) => void) => Promise<PartResult>;
  /** The parts helpers hold now, with how long each has been out (timed pools: for a slow-file note). */
  running: () => { input: PartInput; ms: number }[];
  /** Terminates every helper. */
  close: () => void;
};

/** An error whose name is the code `serveJob` passes on as the job's failure. */
function failure(code: string): Error {
  const error = new Error(code);
  error.name = code;
  return error;
}

type Waiting<PartInput, PartResult, Sent> = {
  helper: number;
  input: PartInput;
  startedAt: number;
  onSent: (sent: Sent) => void;
  resolve: (result: PartResult) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
};

type Queued<PartInput, PartResult, Sent> = {
  id: number;
  input: PartInput;
  onSent: (sent: Sent) => void;
  resolve: (result: PartResult) => void;
  reject: (error: Error) => void;
};

/** Starts `size` helpers; `createHelper` is passed in so each helper's code is its own chunk. */
export function startHelperPool<PartInput, PartResult, Sent = never>({
  size,
  createHelper,
  partTimeLimitMs,
  startAllowanceMs = 10_000,
}: {
  size: number;
  createHelper: () => Worker;
  /** a time limit per part; without it a helper may hold two parts and is never replaced */
  partTimeLimitMs?: number;
  /** added to the time limit of a helper's parts until it has answered once (its start-up) */
  startAllowanceMs?: number;
}): HelperPool<PartInput, PartResult, Sent> {
  const isTimed = partTimeLimitMs !== undefined;
  const waiting = new Map<number, Waiting<PartInput, PartResult, Sent>>();
  const queue: Queued<PartInput, PartResult, Sent>[] = [];
  const inHand = Array.from({ length: size }, () => 0);
  const hasAnswered = Array.from({ length: size }, () => false);
  let isClosed = false;
  const settle = (id: number) => {
    const part = waiting.get(id);
    waiting.delete(id);
    if (part) {
      inHand[part.helper] = (inHand[part.helper] ?? 1) - 1;
      clearTimeout(part.timer);
    }
    return part;
  };
  const helpers: Worker[] = [];
  /** Fails the parts a helper holds, and puts a fresh helper in its place. */
  const replace = (index: number, code: string) => {
    helpers[index]?.terminate();
    for (const [id, part] of [...waiting]) {
      if (part.helper === index) settle(id)?.reject(failure(code));
    }
    if (isClosed) return;
    helpers[index] = start(index);
    handOut();
  };
  const start = (index: number): Worker => {
    const helper = createHelper();
    hasAnswered[index] = false;
    helper.onmessage = (event: MessageEvent<JobEvent<PartResult, Sent>>) => {
      hasAnswered[index] = true;
      const message = event.data;
      const id = message.id ?? -1;
      if (message.type === 'part') waiting.get(id)?.onSent(message.part);
      else if (message.type === 'done') settle(id)?.resolve(message.result);
      else if (message.type === 'failed') settle(id)?.reject(failure(message.code));
      if (message.type === 'done' || message.type === 'failed') handOut();
    };
    helper.onerror = () => {
      if (isTimed) {
        replace(index, 'helper-failed');
        return;
      }
      for (const [id, part] of [...waiting]) {
        if (part.helper === index) settle(id)?.reject(failure('helper-failed'));
      }
    };
    return helper;
  };
  for (let index = 0; index < size; index += 1) helpers.push(start(index));
  /** Gives queued parts to free helpers (timed pools: one part per helper at a time). */
  function handOut() {
    while (queue.length > 0) {
      const helper = inHand.indexOf(Math.min(...inHand));
      if (isTimed && (inHand[helper] ?? 0) > 0) return;
      const part = queue.shift();
      if (!part) return;
      inHand[helper] = (inHand[helper] ?? 0) + 1;
      const { id, input, ...callbacks } = part;
      const timer = isTimed
        ? setTimeout(
            () => replace(helper, 'timed-out'),
            partTimeLimitMs + (hasAnswered[helper] ? 0 : startAllowanceMs),
          )
        : undefined;
      waiting.set(id, { helper, input, startedAt: performance.now(), ...callbacks, timer });
      helpers[helper]?.postMessage({ type: 'start', input, id } satisfies JobRequest<PartInput>);
    }
  }
  let next = 0;
  return {
    size,
    run: (input, onSent = () => {}) =>
      new Promise<PartResult>((resolve, reject) => {
        queue.push({ id: next, input, onSent, resolve, reject });
        next += 1;
        handOut();
      }),
    running: () =>
      [...waiting.values()].map((part) => ({
        input: part.input,
        ms: performance.now() - part.startedAt,
      })),
    close: () => {
      isClosed = true;
      helpers.forEach((helper) => helper.terminate());
      for (const part of waiting.values()) clearTimeout(part.timer);
      waiting.clear();
      queue.length = 0;
    },
  };
}

/** How many helpers for a job: one per core, at most `max`, and none idle for want of parts. */
export function helperCount({ parts, max }: { parts: number; max: number }): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(cores, max, parts));
}
