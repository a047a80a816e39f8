import type { Runtime } from '../../src/storage/runtime';

/** A clock that ticks one second per call and ids id-1, id-2, …: rows become predictable. */
export function testRuntime(start = '2027-03-01T10:00:00.000Z'): Runtime {
  let tick = 0;
  let id = 0;
  const startMs = Date.parse(start);
  return {
    now: () => new Date(startMs + 1000 * tick++).toISOString(),
    newId: () => `id-${++id}`,
  };
}
