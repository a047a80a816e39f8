// A job split into parts, done by helper workers in a pool: the funder's screening and the
// researcher's loading share their work out this way. Each helper serves its parts with
// `serveJob` (job-protocol.ts), one `start` per part with an id its answer carries back. A part goes
// to the helper with the fewest parts in hand, so a helper may hold two and never waits for its next.
// Cancelling the job is `close()`: every helper is terminated, and parts still out are not answered.
import type { JobEvent, JobRequest } from './job-protocol';

/** What a pool's helper may send for one part before its result (job-protocol's `part` messages). */
export type HelperPool<PartInput, PartResult, Sent = never> = {
  /** how many helpers */
  size: number;
  /** Hands one part to a helper; resolves with its result, rejects when the part or its helper fails. */
  run: (input: PartInput, onSent?: (sent: Sent) => void) => Promise<PartResult>;
  /** Terminates every helper. */
  close: () => void;
};

/** An error whose name is the code `serveJob` passes on as the job's failure. */
function failure(code: string): Error {
  const error = new Error(code);
  error.name = code;
  return error;
}

type Waiting<PartResult, Sent> = {
  helper: number;
  onSent: (sent: Sent) => void;
  resolve: (result: PartResult) => void;
  reject: (error: Error) => void;
};

/** Starts `size` helpers; `createHelper` is passed in so each helper's code is its own chunk. */
export function startHelperPool<PartInput, PartResult, Sent = never>({
  size,
  createHelper,
}: {
  size: number;
  createHelper: () => Worker;
}): HelperPool<PartInput, PartResult, Sent> {
  const waiting = new Map<number, Waiting<PartResult, Sent>>();
  const inHand = Array.from({ length: size }, () => 0);
  const settle = (id: number) => {
    const part = waiting.get(id);
    waiting.delete(id);
    if (part) inHand[part.helper] = (inHand[part.helper] ?? 1) - 1;
    return part;
  };
  const helpers = Array.from({ length: size }, (_, index) => {
    const helper = createHelper();
    helper.onmessage = (event: MessageEvent<JobEvent<PartResult, Sent>>) => {
      const message = event.data;
      const id = message.id ?? -1;
      if (message.type === 'part') waiting.get(id)?.onSent(message.part);
      else if (message.type === 'done') settle(id)?.resolve(message.result);
      else if (message.type === 'failed') settle(id)?.reject(failure(message.code));
    };
    helper.onerror = () => {
      for (const [id, part] of [...waiting]) {
        if (part.helper === index) settle(id)?.reject(failure('helper-failed'));
      }
    };
    return helper;
  });
  let next = 0;
  return {
    size,
    run: (input, onSent = () => {}) =>
      new Promise<PartResult>((resolve, reject) => {
        const id = next;
        next += 1;
        const helper = inHand.indexOf(Math.min(...inHand));
        inHand[helper] = (inHand[helper] ?? 0) + 1;
        waiting.set(id, { helper, onSent, resolve, reject });
        helpers[helper]?.postMessage({ type: 'start', input, id } satisfies JobRequest<PartInput>);
      }),
    close: () => {
      helpers.forEach((helper) => helper.terminate());
      waiting.clear();
    },
  };
}

/** How many helpers for a job: one per core, at most `max`, and none idle for want of parts. */
export function helperCount({ parts, max }: { parts: number; max: number }): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(cores, max, parts));
}
