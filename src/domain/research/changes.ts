import { fsqcaConditionOrder } from './fsqca-order';
import type { ResearchTable } from './research-table';
import { histogram, sortedValues, summarise, type Histogram, type Summary } from './summary';

/** A change of a condition mean larger than this (on the 1–5 scale) counts as improved or declined. */
export const defaultChangeMargin = 0.25;

/** Edges −4, −3.5, …, 4: sixteen bins over the possible changes of a 1–5 mean. */
export const changeHistogramEdges = Array.from({ length: 17 }, (_, i) => -4 + i * 0.5);

/** One condition's changes between consecutive scans: their distribution and how many moved beyond the margin. */
export type ConditionChange = {
  histogram: Histogram;
  improved: number;
  declined: number;
  /** improved / pairs with both means known; null without such pairs */
  shareImproved: number | null;
  shareDeclined: number | null;
};

/** From one truth-table row to another between consecutive scans, counted. */
export type ConfigurationTransition = { from: string; to: string; n: number };

/** Change between consecutive scans of one pseudonym (later minus earlier), over every scan loaded. */
export type ChangeAggregate = {
  /** pseudonyms with two or more scans */
  pseudonyms: number;
  /** consecutive pairs of scans */
  pairs: number;
  /** the margin used for improved and declined */
  margin: number;
  /** per condition, the changes on the 1–5 scale (pairs where both means are known) */
  conditions: Record<string, Summary>;
  shifts: Record<string, ConditionChange>;
  /** the conditions of a configuration key, in order (culture first, as in fsQCA) */
  configurationConditions: string[];
  /** transitions between configurations (membership above 0.5 = 1), most frequent first */
  transitions: ConfigurationTransition[];
  /** pairs where either scan has no configuration (a membership unknown or exactly 0.5) */
  pairsWithoutConfiguration: number;
};

/** Consecutive pairs of scans of each pseudonym, by scan year (one year: in the order read). */
export function consecutivePairs(table: ResearchTable): {
  earlier: number[];
  later: number[];
  pseudonyms: number;
} {
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
  return { earlier, later, pseudonyms: counted.size };
}

/** A row's configuration key ("10110"), or null when a membership is unknown or exactly 0.5. */
function configurationOf(table: ResearchTable, conditionIds: string[], row: number): string | null {
  let key = '';
  for (const id of conditionIds) {
    const x = table.memberships[id]?.[row] ?? NaN;
    if (Number.isNaN(x) || x === 0.5) return null;
    key += x > 0.5 ? '1' : '0';
  }
  return key;
}

/**
 * Every consecutive pair of scans of one pseudonym gives one change per condition and one transition
 * between truth-table rows. A change beyond `margin` (either way) counts as improved or declined.
 */
export function consecutiveChanges(
  table: ResearchTable,
  {
    margin = defaultChangeMargin,
    necessary = ['culture'],
  }: { margin?: number; necessary?: string[] } = {},
): ChangeAggregate {
  const { earlier, later, pseudonyms } = consecutivePairs(table);
  const conditions: Record<string, Summary> = {};
  const shifts: Record<string, ConditionChange> = {};
  for (const id of table.conditionIds) {
    const means = table.means[id] ?? new Float64Array(table.n).fill(NaN);
    const deltas = Float64Array.from(
      earlier,
      (a, i) => (means[later[i] as number] as number) - (means[a] as number),
    );
    const sorted = sortedValues(deltas);
    let improved = 0;
    let declined = 0;
    for (const delta of sorted) {
      if (delta > margin) improved += 1;
      else if (delta < -margin) declined += 1;
    }
    conditions[id] = summarise(sorted);
    shifts[id] = {
      histogram: histogram(sorted, changeHistogramEdges),
      improved,
      declined,
      shareImproved: sorted.length === 0 ? null : improved / sorted.length,
      shareDeclined: sorted.length === 0 ? null : declined / sorted.length,
    };
  }
  const configurationConditions = fsqcaConditionOrder(table.conditionIds, necessary);
  const counts = new Map<string, number>();
  let pairsWithoutConfiguration = 0;
  earlier.forEach((a, i) => {
    const from = configurationOf(table, configurationConditions, a);
    const to = configurationOf(table, configurationConditions, later[i] as number);
    if (from === null || to === null) pairsWithoutConfiguration += 1;
    else counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
  });
  const transitions = [...counts]
    .map(([key, n]) => {
      const [from = '', to = ''] = key.split('>');
      return { from, to, n };
    })
    .sort((a, b) => b.n - a.n || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    pseudonyms,
    pairs: earlier.length,
    margin,
    conditions,
    shifts,
    configurationConditions,
    transitions,
    pairsWithoutConfiguration,
  };
}
