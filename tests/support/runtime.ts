import type { Runtime } from '../../src/storage/runtime';

/** Eight hex digits from a text (FNV-1a), so each id prefix gives its own UUIDs. */
function prefixHex(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id number `n` of a test runtime with this prefix: a UUID v4 in form (collectives' ids must be,
 * since result files carry them), `<prefix hash>-0000-4000-8000-<n in 12 digits>`.
 */
export function testId(n: number, idPrefix = 'id-'): string {
  return `${prefixHex(idPrefix)}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * A clock that ticks one second per call from `start`, and ids testId(1), testId(2), …: rows become
 * predictable, and two runtimes with other prefixes never make the same id.
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
    newId: () => testId(++id, idPrefix),
  };
}
