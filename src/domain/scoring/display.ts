// Binary floating point can land a true .5 just below it (e.g. (3.3 − 1) / 4 × 100 = 57.49999999999999);
// this margin makes such scores round up as the exact value would.
const margin = 1e-9;

/** A 0–100 score rounded to a whole number for display (half up); the UI, PDF and CLI all use this. */
export function displayScore(score: number | null): number | null {
  return score === null ? null : Math.floor(score + 0.5 + margin);
}
