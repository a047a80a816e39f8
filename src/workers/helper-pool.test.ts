import { describe, expect, it } from 'vitest';
import { helperCount, startHelperPool } from './helper-pool';
import { serveJob } from './job-protocol';

type FakeHelper = {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: (() => void) | null;
  postMessage: (message: unknown) => void;
  terminate: () => void;
  isTerminated: boolean;
  starts: number;
};

/** A helper that serves its parts with `serveJob` in this thread, as a real helper would. */
function fakeHelper(
  job: (input: number, sendPart: (sent: string) => void) => Promise<number>,
): FakeHelper {
  const scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (message: unknown) => helper.onmessage?.({ data: message } as MessageEvent),
  };
  const helper: FakeHelper = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      helper.starts += 1;
      scope.onmessage?.({ data: message } as MessageEvent);
    },
    terminate: () => {
      helper.isTerminated = true;
    },
    isTerminated: false,
    starts: 0,
  };
  serveJob<number, number, string>(scope, (input, _, { sendPart }) => job(input, sendPart));
  return helper;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the helper pool', () => {
  it('hands parts to the helper with the fewest in hand and gives each part its own result, even out of order', async () => {
    const helpers: FakeHelper[] = [];
    const pool = startHelperPool<number, number, string>({
      size: 2,
      createHelper: () => {
        const helper = fakeHelper(async (input, sendPart) => {
          // the first parts take longest, so results come back out of order
          await wait(20 - input * 4);
          sendPart(`saw ${input}`);
          return input * 10;
        });
        helpers.push(helper);
        return helper as unknown as Worker;
      },
    });
    const sent: string[] = [];
    const results = await Promise.all(
      [0, 1, 2, 3].map((input) => pool.run(input, (each) => sent.push(each))),
    );
    expect(results).toEqual([0, 10, 20, 30]);
    expect(sent.sort()).toEqual(['saw 0', 'saw 1', 'saw 2', 'saw 3']);
    expect(helpers.map((helper) => helper.starts)).toEqual([2, 2]);
    pool.close();
    expect(helpers.every((helper) => helper.isTerminated)).toBe(true);
  });

  it('rejects a part that fails, with the failure code, and a failed helper’s parts', async () => {
    const helpers: FakeHelper[] = [];
    const pool = startHelperPool<number, number>({
      size: 2,
      createHelper: () => {
        const helper = fakeHelper(async (input) => {
          await wait(5);
          if (input === 0) throw new RangeError('no');
          return input;
        });
        helpers.push(helper);
        return helper as unknown as Worker;
      },
    });
    await expect(pool.run(0)).rejects.toMatchObject({ name: 'RangeError' });
    const stuck = pool.run(1);
    helpers[0]?.onerror?.();
    helpers[1]?.onerror?.();
    await expect(stuck).rejects.toMatchObject({ name: 'helper-failed' });
    pool.close();
  });
});

describe('a pool with a time limit per part', () => {
  it('fails a part over the limit with timed-out, replaces its helper and goes on with the rest', async () => {
    const helpers: FakeHelper[] = [];
    const pool = startHelperPool<number, number>({
      size: 1,
      partTimeLimitMs: 50,
      createHelper: () => {
        // input 1 never finishes: a file that would take forever
        const helper = fakeHelper((input) =>
          input === 1 ? new Promise<number>(() => {}) : wait(5).then(() => input * 10),
        );
        helpers.push(helper);
        return helper as unknown as Worker;
      },
    });
    const started = Date.now();
    const outcomes = await Promise.allSettled([0, 1, 2, 3].map((input) => pool.run(input)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : o.reason.name))).toEqual([
      0,
      'timed-out',
      20,
      30,
    ]);
    // one helper at a time: the stuck one was terminated, a fresh one did parts 2 and 3
    expect(helpers).toHaveLength(2);
    expect(helpers.map((helper) => [helper.isTerminated, helper.starts])).toEqual([
      [true, 2],
      [false, 2],
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    pool.close();
  });

  it('holds one part per helper, so a slow part never eats the time of the next', async () => {
    const pool = startHelperPool<number, number>({
      size: 1,
      partTimeLimitMs: 60,
      createHelper: () => fakeHelper((input) => wait(40).then(() => input)) as unknown as Worker,
    });
    // together they take 80 ms, each 40: none is over the limit
    await expect(Promise.all([pool.run(1), pool.run(2)])).resolves.toEqual([1, 2]);
    pool.close();
  });

  it('replaces a helper that crashes, failing only its own part', async () => {
    const helpers: FakeHelper[] = [];
    const pool = startHelperPool<number, number>({
      size: 1,
      partTimeLimitMs: 1000,
      createHelper: () => {
        const helper = fakeHelper((input) =>
          input === 0 ? new Promise<number>(() => {}) : Promise.resolve(input),
        );
        helpers.push(helper);
        return helper as unknown as Worker;
      },
    });
    const crashed = pool.run(0);
    const next = pool.run(5);
    helpers[0]?.onerror?.();
    await expect(crashed).rejects.toMatchObject({ name: 'helper-failed' });
    await expect(next).resolves.toBe(5);
    expect(helpers).toHaveLength(2);
    pool.close();
  });
});

describe('helperCount', () => {
  it('takes one helper per core, at most max, and no more than the parts', () => {
    const cores = navigator.hardwareConcurrency || 1;
    expect(helperCount({ parts: 1, max: 4 })).toBe(1);
    expect(helperCount({ parts: 0, max: 4 })).toBe(1);
    expect(helperCount({ parts: 100, max: 2 })).toBe(Math.min(2, cores));
  });

  it('lists the parts out with a helper and how long each has been out, the waiting ones not', async () => {
    const pool = startHelperPool<number, number>({
      size: 1,
      partTimeLimitMs: 1000,
      createHelper: () => fakeHelper(() => new Promise<number>(() => {})) as unknown as Worker,
    });
    void pool.run(7).catch(() => undefined);
    void pool.run(8).catch(() => undefined);
    await wait(30);
    const running = pool.running();
    expect(running.map((part) => part.input)).toEqual([7]);
    expect(running[0]?.ms).toBeGreaterThanOrEqual(25);
    pool.close();
    expect(pool.running()).toEqual([]);
  });

  it("allows a fresh helper's start-up on top of its first part's limit, and only there", async () => {
    const pool = startHelperPool<number, number>({
      size: 1,
      partTimeLimitMs: 40,
      startAllowanceMs: 200,
      // each part takes 80 ms: twice the limit
      createHelper: () => fakeHelper((input) => wait(80).then(() => input)) as unknown as Worker,
    });
    const outcomes = await Promise.allSettled([pool.run(1), pool.run(2)]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : o.reason.name))).toEqual([
      1,
      'timed-out',
    ]);
    pool.close();
  });
});
