function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Median of the values; null when there are none. */
export function median(values: readonly number[]): number | null {
  const ordered = sorted(values);
  const upper = ordered[Math.floor(ordered.length / 2)];
  const lower = ordered[Math.ceil(ordered.length / 2) - 1];
  if (lower === undefined || upper === undefined) return null;
  return (lower + upper) / 2;
}

/** Arithmetic mean of the values; null when there are none. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Quantile by linear interpolation between order statistics (R type 7, numpy's default); null when empty. */
export function quantile({ values, p }: { values: readonly number[]; p: number }): number | null {
  const ordered = sorted(values);
  const h = (ordered.length - 1) * p;
  const lower = ordered[Math.floor(h)];
  const upper = ordered[Math.ceil(h)];
  if (lower === undefined || upper === undefined) return null;
  return lower + (h - Math.floor(h)) * (upper - lower);
}

/** Minimum number of values for which a spread is reported (rule 4). */
export const minValuesForSpread = 3;

/** First and third quartile (type 7); null under three values, like the spread they describe. */
export function quartiles(values: readonly number[]): { q1: number; q3: number } | null {
  if (values.length < minValuesForSpread) return null;
  const q1 = quantile({ values, p: 0.25 });
  const q3 = quantile({ values, p: 0.75 });
  return q1 === null || q3 === null ? null : { q1, q3 };
}

/** Interquartile range Q3 − Q1 (type 7 quartiles); null under three values. */
export function interquartileRange(values: readonly number[]): number | null {
  const q = quartiles(values);
  return q === null ? null : q.q3 - q.q1;
}
