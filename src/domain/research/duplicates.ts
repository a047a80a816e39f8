import type { ResearchTable } from './research-table';

/** A result loaded again: its row, the row it repeats, and whether the digest or the result id matched. */
export type DuplicateRow = { row: number; of: number; by: 'digest' | 'result-id' };

/**
 * The rows to keep (each result once: its first reading) and the rows that repeat an earlier one, by
 * the same digest or the same result id. A result whose file was copied counts once, in every figure.
 */
export function findDuplicateRows(table: ResearchTable): {
  keep: number[];
  duplicates: DuplicateRow[];
} {
  const byDigest = new Map<string, number>();
  const byId = new Map<string, number>();
  const keep: number[] = [];
  const duplicates: DuplicateRow[] = [];
  for (let row = 0; row < table.n; row += 1) {
    const digest = table.digests[row] as string;
    const id = table.resultIds[row] as string;
    const sameDigest = byDigest.get(digest);
    const sameId = byId.get(id);
    if (sameDigest !== undefined) duplicates.push({ row, of: sameDigest, by: 'digest' });
    else if (sameId !== undefined) duplicates.push({ row, of: sameId, by: 'result-id' });
    else {
      byDigest.set(digest, row);
      byId.set(id, row);
      keep.push(row);
    }
  }
  return { keep, duplicates };
}
