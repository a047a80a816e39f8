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
