function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function medianOfSorted(ordered: readonly number[]): number | null {
  const upper = ordered[Math.floor(ordered.length / 2)];
  const lower = ordered[Math.ceil(ordered.length / 2) - 1];
  if (lower === undefined || upper === undefined) return null;
  return (lower + upper) / 2;
}

function quantileOfSorted(ordered: readonly number[], p: number): number | null {
  const h = (ordered.length - 1) * p;
  const lower = ordered[Math.floor(h)];
  const upper = ordered[Math.ceil(h)];
  if (lower === undefined || upper === undefined) return null;
  return lower + (h - Math.floor(h)) * (upper - lower);
}

function quartilesOfSorted(ordered: readonly number[]): { q1: number; q3: number } | null {
  if (ordered.length < minValuesForSpread) return null;
  const q1 = quantileOfSorted(ordered, 0.25);
  const q3 = quantileOfSorted(ordered, 0.75);
  return q1 === null || q3 === null ? null : { q1, q3 };
}

/** Median of the values; null when there are none. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted(sorted(values));
}

/** Arithmetic mean of the values; null when there are none. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Quantile by linear interpolation between order statistics (R type 7, numpy's default); null when empty. */
export function quantile({ values, p }: { values: readonly number[]; p: number }): number | null {
  return quantileOfSorted(sorted(values), p);
}

/** Minimum number of values for which a spread is reported (rule 4). */
export const minValuesForSpread = 3;

/** First and third quartile (type 7); null under three values, like the spread they describe. */
export function quartiles(values: readonly number[]): { q1: number; q3: number } | null {
  return quartilesOfSorted(sorted(values));
}

/** Interquartile range Q3 − Q1 (type 7 quartiles); null under three values. */
export function interquartileRange(values: readonly number[]): number | null {
  const q = quartiles(values);
  return q === null ? null : q.q3 - q.q1;
}

/**
 * The median, quartiles and interquartile range of the values at once, sorting them once: the same
 * numbers as `median`, `quartiles` and `interquartileRange` each give.
 */
export function centreAndSpread(values: readonly number[]): {
  median: number | null;
  quartiles: { q1: number; q3: number } | null;
  iqr: number | null;
} {
  const ordered = sorted(values);
  const spread = quartilesOfSorted(ordered);
  return {
    median: medianOfSorted(ordered),
    quartiles: spread,
    iqr: spread === null ? null : spread.q3 - spread.q1,
  };
}
