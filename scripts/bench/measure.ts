/** Runs `task` repeatedly and reports the median and the 95th percentile in milliseconds. */
export async function measure(input: {
  name: string;
  runs: number;
  task: () => unknown;
}): Promise<{ name: string; medianMs: number; p95Ms: number; runs: number }> {
  const times: number[] = [];
  for (let i = 0; i < input.runs; i++) {
    const start = performance.now();
    await input.task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { name: input.name, medianMs: at(0.5), p95Ms: at(0.95), runs: input.runs };
}

/** One aligned line per figure. */
export function printFigure(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

/**
 * One measured figure. Every bench module returns these; `npm run bench` prints them as one table and
 * then as one JSON line (`{ [key]: value }`), and compares those with a budget.
 */
export type Figure = {
  /** stable, machine-readable name, e.g. `funder.verify500.ms` */
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | 'count' | 'ratio';
  /** min and max over the runs, when the figure is a median */
  range?: [number, number];
};

/** Median, min and max of repeated measurements. */
export function summarise(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

/** A figure from repeated timings: the median, with min–max as its range. */
export function timedFigure(input: { key: string; label: string; times: number[] }): Figure {
  const { median, min, max } = summarise(input.times);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    key: input.key,
    label: input.label,
    value: round(median),
    unit: 'ms',
    range: [round(min), round(max)],
  };
}
