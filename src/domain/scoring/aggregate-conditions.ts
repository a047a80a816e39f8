import type { ScanScores } from './scan-scores-schema';
import { interquartileRange, mean, median } from './statistics';

export type ConditionAggregate = {
  /** collectives whose condition mean counted (insufficient left out) */
  n: number;
  mean: number | null;
  median: number | null;
  iqr: number | null;
};

export type ConditionsAggregate = { n: number; conditions: Record<string, ConditionAggregate> };

/** Across collectives: per condition the mean, median and IQR of their condition means (insufficient left out). */
export function aggregateConditionMeans(scans: readonly ScanScores[]): ConditionsAggregate {
  const values = new Map<string, number[]>();
  for (const scan of scans) {
    for (const [id, condition] of Object.entries(scan.conditions)) {
      const list = values.get(id) ?? [];
      if (condition.mean !== null) list.push(condition.mean);
      values.set(id, list);
    }
  }
  const conditions: Record<string, ConditionAggregate> = {};
  for (const [id, list] of values) {
    conditions[id] = {
      n: list.length,
      mean: mean(list),
      median: median(list),
      iqr: interquartileRange(list),
    };
  }
  return { n: scans.length, conditions };
}
