import { useCallback, useEffect, useRef, useState } from 'react';
import { sendJob, type JobEvent, type SlowItem } from '../workers/job-protocol';

export type WorkerJobState<Result, Part = never> =
  | { state: 'idle' }
  /** `slow`: what the job has been busy with for a while, when it says */
  | { state: 'running'; done: number; total: number; slow?: SlowItem[] }
  /** `parts`: what the worker sent before its result, in order (see job-protocol.ts) */
  | { state: 'done'; result: Result; parts: Part[] }
  | { state: 'failed'; code: string }
  | { state: 'cancelled' };

/** How long the page is left alone before a spare worker starts (after opening, after a job). */
export const spareDelayMs = 500;

/**
 * Runs one job at a time in a fresh Web Worker (see job-protocol.ts), with progress and cancel.
 * `createWorker` is passed in so the worker's code is its own lazy chunk and tests can give a fake.
 * `keepSpare`: a fresh worker is started ahead of the job, half a second after the page opens and
 * after each job, so that the next job finds its code loaded (and whatever the worker prepares when
 * it starts); the job still gets a worker no job has used.
 */
export function useWorkerJob<Input, Result, Part = never, Item = never>(
  createWorker: () => Worker,
  { keepSpare = false }: { keepSpare?: boolean } = {},
) {
  const [job, setJob] = useState<WorkerJobState<Result, Part>>({ state: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const spare = useRef<Worker | undefined>(undefined);
  const spareTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);

  const prepareSpare = useCallback(() => {
    if (!keepSpare) return;
    clearTimeout(spareTimer.current);
    spareTimer.current = setTimeout(() => {
      if (spare.current || worker.current) return;
      try {
        spare.current = createWorker();
      } catch {
        // no spare (a page without workers, or one refused): the job starts its own, as it always did
      }
    }, spareDelayMs);
  }, [keepSpare, createWorker]);

  useEffect(() => {
    prepareSpare();
    return () => {
      clearTimeout(spareTimer.current);
      spare.current?.terminate();
      spare.current = undefined;
      stop();
    };
  }, [prepareSpare, stop]);

  const start = useCallback(
    (input: Input, total = 0, items: readonly Item[] = []) => {
      stop();
      clearTimeout(spareTimer.current);
      const current = spare.current ?? createWorker();
      spare.current = undefined;
      worker.current = current;
      setJob({ state: 'running', done: 0, total });
      const parts: Part[] = [];
      return new Promise<WorkerJobState<Result, Part>>((resolve) => {
        current.onmessage = (event: MessageEvent<JobEvent<Result, Part>>) => {
          const message = event.data;
          if (message.type === 'progress') {
            setJob({
              state: 'running',
              done: message.done,
              total: message.total,
              slow: message.slow,
            });
            return;
          }
          if (message.type === 'part') {
            parts.push(message.part);
            return;
          }
          const end: WorkerJobState<Result, Part> =
            message.type === 'done'
              ? { state: 'done', result: message.result, parts }
              : { state: 'failed', code: message.code };
          stop();
          setJob(end);
          prepareSpare();
          resolve(end);
        };
        current.onerror = () => {
          stop();
          const end: WorkerJobState<Result, Part> = { state: 'failed', code: 'worker-error' };
          setJob(end);
          prepareSpare();
          resolve(end);
        };
        void sendJob<Input, Item>(current, { input, items });
      });
    },
    [createWorker, stop, prepareSpare],
  );

  const cancel = useCallback(() => {
    stop();
    setJob({ state: 'cancelled' });
    prepareSpare();
  }, [stop, prepareSpare]);

  return { job, start, cancel };
}
