import type { Runtime } from '../../src/storage/runtime';

/**
 * A clock that ticks one second per call from `start`, and ids `<idPrefix>1`, `<idPrefix>2`, …:
 * rows become predictable, and two runtimes with other prefixes never make the same id.
 */
export function testRuntime({
  start = '2027-03-01T10:00:00.000Z',
  idPrefix = 'id-',
}: { start?: string; idPrefix?: string } = {}): Runtime {
  let tick = 0;
  let id = 0;
  const startMs = Date.parse(start);
  return {
    now: () => new Date(startMs + 1000 * tick++).toISOString(),
    newId: () => `${idPrefix}${++id}`,
  };
}
