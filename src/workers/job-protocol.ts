/**
 * The messages between a page and a Web Worker that runs one long job (a batch import, an
 * aggregation). The page starts the job with one `start` message, followed by `items` messages when
 * the job has many items to hand over (files: sending 500 in one message held the page for half a
 * second; `sendJob` sends them in slices, one task each); the worker answers with any number
 * of `progress` and `part` messages and then exactly one `done` or `failed`. A job with a large
 * result sends it in `part`s, so that no single message takes the page long to receive. Cancelling
 * is `worker.terminate()`: a job writes nothing itself, so stopping it half-way leaves nothing behind.
 * A job may be split into parts done by helper workers in a pool (helper-pool.ts): a helper is served
 * the same way, one `start` per part, with an `id` that its events carry back, because a helper may
 * hold two parts at once (so it never waits for its next one) and may finish them out of order.
 */
export type JobRequest<Input, Item = never> =
  | { type: 'start'; input: Input; itemCount?: number; id?: number }
  | { type: 'items'; items: Item[] };

/** Items per `items` message. */
const itemSlice = 50;

/** On the page: starts a job, handing its items over in slices, each posted in its own task. */
export async function sendJob<Input, Item = never>(
  worker: Pick<Worker, 'postMessage'>,
  { input, items = [] }: { input: Input; items?: readonly Item[] },
): Promise<void> {
  const post = (message: JobRequest<Input, Item>) => worker.postMessage(message);
  post({ type: 'start', input, itemCount: items.length });
  for (let start = 0; start < items.length; start += itemSlice) {
    await new Promise((resolve) => setTimeout(resolve));
    post({ type: 'items', items: items.slice(start, start + itemSlice) });
  }
}

/** An item the job has been busy with for a while (a file that is slow to read), by name. */
export type SlowItem = { name: string; seconds: number };

export type JobEvent<Result, Part = never> = (
  | { type: 'progress'; done: number; total: number; slow?: SlowItem[] }
  | { type: 'part'; part: Part }
  | { type: 'done'; result: Result }
  | { type: 'failed'; code: string }
) & { id?: number };

/** What a job gets besides its input: its items, a progress report, a way to send a part. */
export type JobTools<Part, Item = never> = {
  items: Item[];
  /** `slow`: items still in hand after a while, so the page can say why progress stands still */
  progress: (done: number, total: number, slow?: SlowItem[]) => void;
  sendPart: (part: Part) => void;
};

/** Inside a worker: runs `job` once its `start` message and all its items have come. */
export function serveJob<Input, Result, Part = never, Item = never>(
  scope: {
    onmessage: ((event: MessageEvent) => void) | null;
    postMessage: (m: unknown, options?: { transfer?: Transferable[] }) => void;
  },
  job: (
    input: Input,
    progress: JobTools<Part, Item>['progress'],
    tools: JobTools<Part, Item>,
  ) => Promise<Result>,
  /** buffers of the result to move to the page rather than copy (the worker no longer needs them) */
  transferOf: (result: Result) => Transferable[] = () => [],
): void {
  let started: { input: Input; itemCount: number; id?: number } | undefined;
  let items: Item[] = [];
  const run = (input: Input, id: number | undefined) => {
    const post = (message: JobEvent<Result, Part>, transfer: Transferable[] = []) =>
      scope.postMessage(id === undefined ? message : { ...message, id }, { transfer });
    const progress = (done: number, total: number, slow?: SlowItem[]) =>
      post({ type: 'progress', done, total, ...(slow ? { slow } : {}) });
    const sendPart = (part: Part) => post({ type: 'part', part });
    job(input, progress, { items, progress, sendPart }).then(
      (result) => post({ type: 'done', result }, transferOf(result)),
      (error: unknown) =>
        post({ type: 'failed', code: error instanceof Error ? error.name : 'unknown' }),
    );
  };
  scope.onmessage = (event: MessageEvent) => {
    const request = event.data as JobRequest<Input, Item>;
    if (request.type === 'start') {
      started = { input: request.input, itemCount: request.itemCount ?? 0, id: request.id };
      items = [];
    } else if (request.type === 'items' && started) {
      items.push(...request.items);
    } else return;
    if (items.length >= started.itemCount) {
      const { input, id } = started;
      started = undefined;
      run(input, id);
    }
  };
}
