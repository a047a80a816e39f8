import type { FsqcaThresholds, MembershipTable, TruthTableRow } from './fsqca-types';
import { pri, sufficiency } from './set-relations';

/** Membership of every case in one configuration: the minimum over conditions of x (in) or 1 − x (out). */
function configurationMembership(table: MembershipTable, configuration: (0 | 1)[]): Float64Array {
  const n = table.outcome.length;
  const out = new Float64Array(n).fill(1);
  table.conditionIds.forEach((id, c) => {
    const column = table.memberships[id] as Float64Array;
    const isIn = configuration[c] === 1;
    for (let i = 0; i < n; i += 1) {
      const x = column[i] as number;
      out[i] = Math.min(out[i] as number, isIn ? x : 1 - x);
    }
  });
  return out;
}

/**
 * The truth table: all 2^k configurations (first condition as the leftmost digit), n = cases with
 * membership above 0.5 in the row, raw and PRI consistency over all cases, and the row's outcome by
 * the thresholds. Cases with a membership of exactly 0.5 belong to no row and are returned apart.
 */
export function buildTruthTable({
  table,
  thresholds,
}: {
  table: MembershipTable;
  thresholds: FsqcaThresholds;
}): { rows: TruthTableRow[]; atCrossover: string[] } {
  const k = table.conditionIds.length;
  const n = table.outcome.length;
  const atCrossover: string[] = [];
  const rowOf = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    let row = 0;
    let isAtCrossover = false;
    for (const id of table.conditionIds) {
      const x = (table.memberships[id] as Float64Array)[i] as number;
      if (x === 0.5) isAtCrossover = true;
      row = row * 2 + (x > 0.5 ? 1 : 0);
    }
    rowOf[i] = isAtCrossover ? -1 : row;
    if (isAtCrossover) atCrossover.push(table.caseIds[i] as string);
  }
  const counts = new Array<number>(2 ** k).fill(0);
  for (const row of rowOf) if (row >= 0) counts[row] = (counts[row] ?? 0) + 1;
  const rows = counts.map((count, index) => {
    const configuration = Array.from(
      { length: k },
      (_, c) => ((index >> (k - 1 - c)) & 1) as 0 | 1,
    );
    const x = configurationMembership(table, configuration);
    const { consistency } = sufficiency(x, table.outcome);
    const isRemainder = count < thresholds.frequency || count === 0;
    return {
      configuration,
      key: configuration.join(''),
      n: count,
      consistency,
      pri: pri(x, table.outcome),
      outcome: isRemainder ? null : (consistency ?? 0) >= thresholds.consistency ? 1 : 0,
    } satisfies TruthTableRow;
  });
  return { rows, atCrossover };
}
