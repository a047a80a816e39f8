/** A random source: returns a number in [0, 1). Passed in so that generated data is reproducible. */
export type RandomSource = () => number;

/** Deterministic random source (mulberry32) for seeded example data and fixtures; not for secrets. */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from min to max inclusive. */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: RandomSource, list: readonly T[]): T {
  const element = list[Math.floor(random() * list.length)];
  if (element === undefined) throw new Error('pick() needs a non-empty list');
  return element;
}
