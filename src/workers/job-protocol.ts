/**
 * The messages between a page and a Web Worker that runs one long job (a batch import, an
 * aggregation). The page starts the job with one `start` message; the worker answers with any number
 * of `progress` and `part` messages and then exactly one `done` or `failed`. A job with a large
 * result sends it in `part`s, so that no single message takes the page long to receive. Cancelling
 * is `worker.terminate()`: a job writes nothing itself, so stopping it half-way leaves nothing behind.
 */
export type JobRequest<Input> = { type: 'start'; input: Input };

export type JobEvent<Result, Part = never> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'part'; part: Part }
  | { type: 'done'; result: Result }
  | { type: 'failed'; code: string };

/** What a job gets besides its input: a progress report and, for a job with parts, a way to send one. */
export type JobTools<Part> = {
  progress: (done: number, total: number) => void;
  sendPart: (part: Part) => void;
};

/** Inside a worker: runs `job` for each `start` message and posts its progress and outcome. */
export function serveJob<Input, Result, Part = never>(
  scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage: (m: unknown) => void },
  job: (
    input: Input,
    progress: JobTools<Part>['progress'],
    tools: JobTools<Part>,
  ) => Promise<Result>,
): void {
  scope.onmessage = (event: MessageEvent) => {
    const request = event.data as JobRequest<Input>;
    if (request.type !== 'start') return;
    const post = (message: JobEvent<Result, Part>) => scope.postMessage(message);
    const progress = (done: number, total: number) => post({ type: 'progress', done, total });
    const sendPart = (part: Part) => post({ type: 'part', part });
    job(request.input, progress, { progress, sendPart }).then(
      (result) => post({ type: 'done', result }),
      (error: unknown) =>
        post({ type: 'failed', code: error instanceof Error ? error.name : 'unknown' }),
    );
  };
}
