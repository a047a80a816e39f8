import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobEvent, JobRequest } from '../workers/job-protocol';

export type WorkerJobState<Result> =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: Result }
  | { state: 'failed'; code: string }
  | { state: 'cancelled' };

/**
 * Runs one job at a time in a fresh Web Worker (see job-protocol.ts), with progress and cancel.
 * `createWorker` is passed in so the worker's code is its own lazy chunk and tests can give a fake.
 */
export function useWorkerJob<Input, Result>(createWorker: () => Worker) {
  const [job, setJob] = useState<WorkerJobState<Result>>({ state: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (input: Input, total = 0) => {
      stop();
      const current = createWorker();
      worker.current = current;
      setJob({ state: 'running', done: 0, total });
      return new Promise<WorkerJobState<Result>>((resolve) => {
        current.onmessage = (event: MessageEvent<JobEvent<Result>>) => {
          const message = event.data;
          if (message.type === 'progress') {
            setJob({ state: 'running', done: message.done, total: message.total });
            return;
          }
          const end: WorkerJobState<Result> =
            message.type === 'done'
              ? { state: 'done', result: message.result }
              : { state: 'failed', code: message.code };
          stop();
          setJob(end);
          resolve(end);
        };
        current.onerror = () => {
          stop();
          const end: WorkerJobState<Result> = { state: 'failed', code: 'worker-error' };
          setJob(end);
          resolve(end);
        };
        current.postMessage({ type: 'start', input } satisfies JobRequest<Input>);
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
