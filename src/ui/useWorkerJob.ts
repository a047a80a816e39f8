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

/**
 * Runs one job at a time in a fresh Web Worker (see job-protocol.ts), with progress and cancel.
 * `createWorker` is passed in so the worker's code is its own lazy chunk and tests can give a fake.
 */
export function useWorkerJob<Input, Result, Part = never, Item = never>(
  createWorker: () => Worker,
) {
  const [job, setJob] = useState<WorkerJobState<Result, Part>>({ state: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (input: Input, total = 0, items: readonly Item[] = []) => {
      stop();
      const current = createWorker();
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
          resolve(end);
        };
        current.onerror = () => {
          stop();
          const end: WorkerJobState<Result, Part> = { state: 'failed', code: 'worker-error' };
          setJob(end);
          resolve(end);
        };
        void sendJob<Input, Item>(current, { input, items });
      });
    },
    [createWorker, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setJob({ state: 'cancelled' });
  }, [stop]);

  return { job, start, cancel };
}
