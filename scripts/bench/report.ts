import type { Verdict } from './budgets';
import type { Figure } from './measure';

function formatValue(figure: Figure): string {
  const range = figure.range ? `  (${figure.range[0]}–${figure.range[1]})` : '';
  return `${figure.value} ${figure.unit}${range}`;
}

/** One table of every figure with its budget mark, then the budget summary. */
export function printTable(figures: Figure[], verdicts: Verdict[]): void {
  const rows = figures.map((figure) => {
    const verdict = verdicts.find((v) => v.key === figure.key);
    const mark = verdict ? `${verdict.isOver ? 'OVER ' : 'under'} ≤ ${verdict.budget}` : '';
    return [figure.key, figure.label, formatValue(figure), mark];
  });
  const header = ['key', 'figure', 'value (min–max)', 'budget'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
  const over = verdicts.filter((v) => v.isOver);
  console.log(
    `\nbudgets: ${verdicts.length - over.length} met, ${over.length} missed` +
      (over.length ? ` (${over.map((v) => `${v.key} ${v.value} > ${v.budget}`).join('; ')})` : ''),
  );
}

/** The last line: every figure as `{ key: value }`. */
export function printJsonLine(figures: Figure[]): void {
  console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
}
