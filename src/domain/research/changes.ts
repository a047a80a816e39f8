import type { ResearchTable } from './research-table';
import { sortedValues, summarise, type Summary } from './summary';

/** Change of the condition means between consecutive scans of one pseudonym (later minus earlier). */
export type ChangeAggregate = {
  /** pseudonyms with two or more scans */
  pseudonyms: number;
  /** consecutive pairs of scans */
  pairs: number;
  /** per condition, the changes on the 1–5 scale (pairs where both means are known) */
  conditions: Record<string, Summary>;
};

/**
 * Scans of one pseudonym in order of scan year (scans of the same year in the order they were read);
 * every consecutive pair gives one change per condition.
 */
export function consecutiveChanges(table: ResearchTable): ChangeAggregate {
  const { codes, values } = table.pseudonym;
  const rows: number[] = [];
  for (let i = 0; i < table.n; i += 1) if (values[codes[i] as number] !== null) rows.push(i);
  const year = (row: number) => {
    const y = table.year[row] as number;
    return Number.isNaN(y) ? Infinity : y;
  };
  rows.sort((a, b) => (codes[a] as number) - (codes[b] as number) || year(a) - year(b) || a - b);
  const earlier: number[] = [];
  const later: number[] = [];
  const counted = new Set<number>();
  for (let i = 1; i < rows.length; i += 1) {
    const a = rows[i - 1] as number;
    const b = rows[i] as number;
    if (codes[a] !== codes[b]) continue;
    earlier.push(a);
    later.push(b);
    counted.add(codes[a] as number);
  }
  const conditions: Record<string, Summary> = {};
  for (const id of table.conditionIds) {
    const means = table.means[id] ?? new Float64Array(table.n);
    const deltas = Float64Array.from(
      earlier,
      (a, i) => (means[later[i] as number] as number) - (means[a] as number),
    );
    conditions[id] = summarise(sortedValues(deltas));
  }
  return { pseudonyms: counted.size, pairs: earlier.length, conditions };
}
