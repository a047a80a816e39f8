/**
 * The messages between a page and a Web Worker that runs one long job (a batch import, an
 * aggregation). The page starts the job with one `start` message; the worker answers with any number
 * of `progress` messages and then exactly one `done` or `failed`. Cancelling is `worker.terminate()`:
 * a job writes nothing itself, so stopping it half-way leaves nothing behind.
 */
export type JobRequest<Input> = { type: 'start'; input: Input };

export type JobEvent<Result> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: Result }
  | { type: 'failed'; code: string };

/** Inside a worker: runs `job` for each `start` message and posts its progress and outcome. */
export function serveJob<Input, Result>(
  scope: {
    onmessage: ((event: MessageEvent) => void) | null;
    postMessage: (m: unknown, options?: { transfer?: Transferable[] }) => void;
  },
  job: (input: Input, progress: (done: number, total: number) => void) => Promise<Result>,
  /** buffers of the result to move to the page rather than copy (the worker no longer needs them) */
  transferOf: (result: Result) => Transferable[] = () => [],
): void {
  scope.onmessage = (event: MessageEvent) => {
    const request = event.data as JobRequest<Input>;
    if (request.type !== 'start') return;
    const post = (message: JobEvent<Result>, transfer: Transferable[] = []) =>
      scope.postMessage(message, { transfer });
    job(request.input, (done, total) => post({ type: 'progress', done, total })).then(
      (result) => post({ type: 'done', result }, transferOf(result)),
      (error: unknown) =>
        post({ type: 'failed', code: error instanceof Error ? error.name : 'unknown' }),
    );
  };
}
