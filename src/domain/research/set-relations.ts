import type { SetRelation } from './fsqca-types';

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Sufficiency of X for Y: consistency Σmin(x,y)/Σx, coverage Σmin(x,y)/Σy (DESIGN.md "fsQCA figures"). */
export function sufficiency(x: Float64Array, y: Float64Array): SetRelation {
  let both = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < x.length; i += 1) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    both += Math.min(xi, yi);
    sumX += xi;
    sumY += yi;
  }
  return { consistency: ratio(both, sumX), coverage: ratio(both, sumY) };
}

/** Necessity of X for Y: consistency Σmin(x,y)/Σy, coverage Σmin(x,y)/Σx. */
export function necessity(x: Float64Array, y: Float64Array): SetRelation {
  const { consistency, coverage } = sufficiency(x, y);
  return { consistency: coverage, coverage: consistency };
}

/** PRI consistency: (Σmin(x,y) − Σmin(x,y,1−y)) / (Σx − Σmin(x,y,1−y)). */
export function pri(x: Float64Array, y: Float64Array): number | null {
  let both = 0;
  let sumX = 0;
  let contradiction = 0;
  for (let i = 0; i < x.length; i += 1) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    both += Math.min(xi, yi);
    sumX += xi;
    contradiction += Math.min(xi, yi, 1 - yi);
  }
  return ratio(both - contradiction, sumX - contradiction);
}

/** Membership in the intersection of sets: the minimum per case. */
export function intersection(columns: readonly Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length).fill(1);
  for (const column of columns) {
    for (let i = 0; i < length; i += 1) out[i] = Math.min(out[i] as number, column[i] as number);
  }
  return out;
}
