import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from '../../tests/support/fake-worker';
import { spareDelayMs, useWorkerJob } from './useWorkerJob';

const done = { type: 'done', result: 'figures' } as const;

function setUp(keepSpare: boolean) {
  const workers: FakeWorker<string>[] = [];
  const createWorker = () => {
    const worker = new FakeWorker<string>([done]);
    workers.push(worker);
    return worker as unknown as Worker;
  };
  const hook = renderHook(() => useWorkerJob<string, string>(createWorker, { keepSpare }));
  return { workers, hook };
}

/** Runs a job to its end on fake timers: the fake worker answers on later tasks. */
async function runJob(hook: ReturnType<typeof setUp>['hook']) {
  let finished: Promise<unknown> = Promise.resolve();
  act(() => {
    finished = hook.result.current.start('input');
  });
  await act(async () => {
    await vi.advanceTimersByTimeAsync(5);
  });
  return finished;
}

describe('useWorkerJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('without a spare, starts a worker only when a job starts, and ends it with the job', async () => {
    const { workers, hook } = setUp(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs * 4);
    });
    expect(workers).toHaveLength(0);
    await expect(runJob(hook)).resolves.toMatchObject({ state: 'done', result: 'figures' });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs * 4);
    });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.isTerminated).toBe(true);
  });

  it('with a spare, has a worker ready before the first job and gives it that job', async () => {
    const { workers, hook } = setUp(true);
    expect(workers).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs);
    });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received).toEqual([]);
    await expect(runJob(hook)).resolves.toMatchObject({ state: 'done' });
    expect(workers[0]?.received).toHaveLength(1);
    expect(workers[0]?.isTerminated).toBe(true);
  });

  it('starts a fresh spare after each job and after a cancel, never reusing a worker', async () => {
    const { workers, hook } = setUp(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs);
    });
    await runJob(hook);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs);
    });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.isTerminated).toBe(false);
    act(() => {
      void hook.result.current.start('input');
    });
    act(() => hook.result.current.cancel());
    expect(workers[1]?.isTerminated).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs);
    });
    expect(workers).toHaveLength(3);
    expect(workers.every((worker) => worker.received.length <= 1)).toBe(true);
  });

  it('goes without a spare when no worker can be made, and throws nothing of its own', async () => {
    const createWorker = vi.fn<() => Worker>(() => {
      throw new ReferenceError('Worker is not defined');
    });
    renderHook(() => useWorkerJob<string, string>(createWorker, { keepSpare: true }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs * 2);
    });
    expect(createWorker).toHaveBeenCalledTimes(1);
  });

  it('ends its spare when the page closes', async () => {
    const { workers, hook } = setUp(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs);
    });
    hook.unmount();
    expect(workers[0]?.isTerminated).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(spareDelayMs * 4);
    });
    expect(workers).toHaveLength(1);
  });
});
