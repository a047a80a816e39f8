import type { GeneralisationLevels } from '../files/anonymised-result-file';
import {
  generaliseValue,
  quasiIdentifierIds,
  topLevel,
  type QuasiIdentifierId,
  type QuasiValue,
} from './quasi-identifiers';

/** One result's quasi-identifiers at level 0. */
export type QuasiRecord = Record<QuasiIdentifierId, string | number | null>;

export type KAnonymityPlan = {
  levels: GeneralisationLevels;
  /** indexes of the results whose quasi-identifiers are all suppressed */
  suppressedRecords: number[];
  /** true when every published combination (any value not suppressed) is shared by at least k results */
  isSatisfied: boolean;
};

function allNodes(): number[][] {
  let nodes: number[][] = [[]];
  for (const id of quasiIdentifierIds) {
    const next: number[][] = [];
    for (const node of nodes) for (let l = 0; l <= topLevel(id); l += 1) next.push([...node, l]);
    nodes = next;
  }
  return nodes;
}

/** Per quasi-identifier and level, a small integer code for each record's generalised value. */
function encode(records: readonly QuasiRecord[]): Int32Array[][] {
  return quasiIdentifierIds.map((id) => {
    const perLevel: Int32Array[] = [];
    for (let level = 0; level <= topLevel(id); level += 1) {
      const codes = new Map<QuasiValue, number>();
      const column = new Int32Array(records.length);
      records.forEach((record, i) => {
        const value = generaliseValue({ id, value: record[id], level });
        let code = codes.get(value);
        if (code === undefined) {
          code = codes.size;
          codes.set(value, code);
        }
        column[i] = code;
      });
      perLevel.push(column);
    }
    return perLevel;
  });
}

function combinationKeys(node: number[], columns: Int32Array[][], n: number): (number | string)[] {
  const chosen = node.map((level, q) => columns[q]?.[level] ?? new Int32Array(n));
  const radices = chosen.map((column) => column.reduce((max, code) => Math.max(max, code), 0) + 1);
  const isNumeric = radices.reduce((product, radix) => product * radix, 1) < 2 ** 52;
  const keys: (number | string)[] = [];
  for (let i = 0; i < n; i += 1) {
    let numeric = 0;
    let text = '';
    chosen.forEach((column, q) => {
      if (isNumeric) numeric = numeric * (radices[q] ?? 1) + (column[i] ?? 0);
      else text += `${column[i] ?? 0},`;
    });
    keys.push(isNumeric ? numeric : text);
  }
  return keys;
}

function evaluate(node: number[], columns: Int32Array[][], n: number, k: number) {
  const keys = combinationKeys(node, columns, n);
  const counts = new Map<number | string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const suppressedRecords: number[] = [];
  keys.forEach((key, i) => {
    if ((counts.get(key) ?? 0) < k) suppressedRecords.push(i);
  });
  const levelLoss = node.reduce(
    (sum, level, q) => sum + level / topLevel(quasiIdentifierIds[q] as QuasiIdentifierId),
    0,
  );
  const loss = (n - suppressedRecords.length) * levelLoss + suppressedRecords.length * node.length;
  return { suppressedRecords, loss };
}

/**
 * Chooses how far to generalise each quasi-identifier (one level for the whole batch) and which
 * results to suppress entirely, so that every published combination is shared by at least k results:
 * of all nodes of the generalisation lattice that allow it, the one losing least information, where a
 * level costs level/top per result and a suppressed result costs as much as suppressing everything.
 * The suppressed results form one group of their own, so there must be none or at least k of them.
 * Of two nodes losing as much, the one suppressing fewer whole results wins (it says more plainly what was done).
 */
export function planKAnonymity({
  records,
  k,
}: {
  records: readonly QuasiRecord[];
  k: number;
}): KAnonymityPlan {
  const n = records.length;
  const columns = encode(records);
  let best: { node: number[]; suppressedRecords: number[]; loss: number } | undefined;
  for (const node of allNodes()) {
    const { suppressedRecords, loss } = evaluate(node, columns, n, k);
    const count = suppressedRecords.length;
    if (count > 0 && count < k) continue;
    const isBetter =
      best === undefined ||
      loss < best.loss ||
      (loss === best.loss && count < best.suppressedRecords.length);
    if (isBetter) best = { node, suppressedRecords, loss };
  }
  const top = quasiIdentifierIds.map((id) => topLevel(id));
  const chosen = best ?? { node: top, suppressedRecords: n > 0 ? records.map((_, i) => i) : [] };
  const levels = Object.fromEntries(
    quasiIdentifierIds.map((id, q) => [id, chosen.node[q] ?? topLevel(id)]),
  ) as GeneralisationLevels;
  const isEverythingSuppressed = chosen.suppressedRecords.length === n;
  return {
    levels,
    suppressedRecords: chosen.suppressedRecords,
    isSatisfied: best !== undefined || isEverythingSuppressed,
  };
}
