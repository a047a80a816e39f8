/** Five-number summary, mean and IQR of one sample (quartiles by R's type 7, as in scoring/statistics.ts). */
export type Summary = {
  n: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  min: number | null;
  max: number | null;
};

/** A histogram on fixed edges: counts[i] holds values in [edges[i], edges[i+1]), the last bin closed. */
export type Histogram = { edges: number[]; counts: number[] };

/** Edges 1, 1.25, …, 5: sixteen bins over the 1–5 scale of condition means. */
export const meanHistogramEdges = Array.from({ length: 17 }, (_, i) => 1 + i * 0.25);

function typeSeven(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = sorted[Math.floor(h)] as number;
  const upper = sorted[Math.ceil(h)] as number;
  return lower + (h - Math.floor(h)) * (upper - lower);
}

/** The values of `column`, NaN left out, sorted. */
export function sortedValues(column: Float64Array): Float64Array {
  const out = new Float64Array(column.length);
  let count = 0;
  for (let i = 0; i < column.length; i += 1) {
    const value = column[i] as number;
    if (!Number.isNaN(value)) out[count++] = value;
  }
  return out.subarray(0, count).sort();
}

/**
 * The values of `column` per group, NaN left out, each sorted: group g holds the rows whose code is g.
 * One pass over the rows, however many groups.
 */
export function sortedValuesByGroup(
  column: Float64Array,
  codes: Int32Array,
  groups: number,
): Float64Array[] {
  const counts = new Int32Array(groups);
  for (let i = 0; i < column.length; i += 1) {
    const code = codes[i] as number;
    if (!Number.isNaN(column[i] as number)) counts[code] = (counts[code] as number) + 1;
  }
  const out = Array.from(counts, (count) => new Float64Array(count));
  const filled = new Int32Array(groups);
  for (let i = 0; i < column.length; i += 1) {
    const value = column[i] as number;
    if (Number.isNaN(value)) continue;
    const code = codes[i] as number;
    const at = filled[code] as number;
    (out[code] as Float64Array)[at] = value;
    filled[code] = at + 1;
  }
  return out.map((values) => values.sort());
}

/**
 * Summary of sorted values. Quartiles need three values (scoring rule 4); the median is the middle of
 * the sorted values, which equals type 7 at p = 0.5.
 */
export function summarise(sorted: Float64Array): Summary {
  const n = sorted.length;
  if (n === 0) {
    return { n, mean: null, median: null, q1: null, q3: null, iqr: null, min: null, max: null };
  }
  let sum = 0;
  for (const value of sorted) sum += value;
  const hasSpread = n >= 3;
  const q1 = hasSpread ? typeSeven(sorted, 0.25) : null;
  const q3 = hasSpread ? typeSeven(sorted, 0.75) : null;
  return {
    n,
    mean: sum / n,
    median: typeSeven(sorted, 0.5),
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}

/** Counts sorted values into the bins between `edges`. */
export function histogram(sorted: Float64Array, edges: readonly number[]): Histogram {
  const counts = new Array<number>(edges.length - 1).fill(0);
  const last = edges.length - 2;
  for (const value of sorted) {
    let bin = 0;
    while (bin < last && value >= (edges[bin + 1] as number)) bin += 1;
    if (value >= (edges[0] as number) && value <= (edges[last + 1] as number)) {
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
  }
  return { edges: [...edges], counts };
}
