/** The clock and id source that storage uses; tests pass their own for reproducible rows. */
export type Runtime = { now: () => string; newId: () => string };

export const defaultRuntime: Runtime = {
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
};
