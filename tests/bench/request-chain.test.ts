import { describe, expect, it } from 'vitest';
import {
  requestChain,
  splitAt,
  summariseChain,
  type RecordedRequest,
} from '../../scripts/bench/request-chain';

const base = 'http://127.0.0.1:4403/';
const request = (
  path: string,
  sentMs: number,
  finishedMs: number,
  initiator?: string,
  encodedBytes = 1000,
): RecordedRequest => ({
  url: `${base}${path}`,
  initiatorUrl: initiator === undefined ? undefined : `${base}${initiator}`,
  sentMs,
  finishedMs,
  encodedBytes,
});

describe('requestChain: how many round trips deep each request of a load was', () => {
  it('counts one more than the request that asked for it, the page itself being 0', () => {
    const steps = requestChain([
      request('', 0, 160),
      request('assets/index.js', 170, 500, '#/respond?i=3.abc', 70_000),
      request('assets/react.js', 171, 400, '#/respond?i=3.abc', 20_000),
      request('assets/fill-in.js', 520, 800, 'assets/index.js', 6_000),
      request('assets/nl.js', 521, 820, 'assets/index.js', 5_000),
      request('assets/pages.js', 522, 830, 'assets/fill-in.js', 1_000),
    ]);
    expect(steps.map((s) => [s.url.slice(base.length), s.depth])).toEqual([
      ['', 0],
      ['assets/index.js', 1],
      ['assets/react.js', 1],
      ['assets/fill-in.js', 2],
      ['assets/nl.js', 2],
      ['assets/pages.js', 3],
    ]);
    expect(summariseChain(steps)).toEqual({
      jsDepth: 3,
      deepestJs: `${base}assets/pages.js`,
      jsBytes: 70_000 + 20_000 + 6_000 + 5_000 + 1_000,
      allBytes: 1000 + 70_000 + 20_000 + 6_000 + 5_000 + 1_000,
      jsRequests: 5,
    });
  });

  it('hangs a request with no known initiator off the deepest one finished before it was sent', () => {
    const steps = requestChain([
      request('', 0, 160),
      request('assets/index.js', 170, 500, ''),
      request('assets/worker.js', 510, 700),
      // sent before index.js had finished: it waited on the page only
      request('icon.svg', 300, 450),
    ]);
    expect(steps.map((s) => [s.url.slice(base.length), s.depth])).toEqual([
      ['', 0],
      ['assets/index.js', 1],
      ['icon.svg', 1],
      ['assets/worker.js', 2],
    ]);
  });
});

describe('splitAt: what a page waited for, and what it asked for once it showed', () => {
  it('keeps the requests sent up to the moment, by the epoch clock, and names the rest', () => {
    const epoch = 1_800_000_000_000;
    const at = (path: string, sentMs: number, finishedMs: number, initiator?: string) => ({
      ...request(path, sentMs, finishedMs, initiator),
      sentAtEpochMs: epoch + sentMs,
    });
    const steps = requestChain([
      at('', 0, 160),
      at('assets/index.js', 170, 500, ''),
      at('assets/welcome.js', 520, 800, 'assets/index.js'),
      // the welcome showed at 900 ms: the storage it asked for then is not what it waited for
      at('assets/db.js', 905, 1300, 'assets/welcome.js'),
    ]);
    const { before, after } = splitAt(steps, epoch + 900);
    expect(before.map((s) => s.url.slice(base.length))).toEqual([
      '',
      'assets/index.js',
      'assets/welcome.js',
    ]);
    expect(after.map((s) => [s.url.slice(base.length), s.depth])).toEqual([['assets/db.js', 3]]);
    expect(summariseChain(before).jsDepth).toBe(2);
  });
});
