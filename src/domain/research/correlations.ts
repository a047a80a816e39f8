/** Pearson correlations between columns, pairwise complete (rows where both are known); null under 3 rows or without variance. */
export type CorrelationMatrix = { ids: string[]; r: (number | null)[][]; n: number[][] };

/** Pearson's r of two columns over the rows where both are not NaN. */
export function pearson(a: Float64Array, b: Float64Array): { r: number | null; n: number } {
  let n = 0;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n += 1;
    sumA += x;
    sumB += y;
  }
  if (n < 3) return { r: null, n };
  const meanA = sumA / n;
  const meanB = sumB / n;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    cov += (x - meanA) * (y - meanB);
    varA += (x - meanA) ** 2;
    varB += (y - meanB) ** 2;
  }
  return { r: varA === 0 || varB === 0 ? null : cov / Math.sqrt(varA * varB), n };
}

/** The correlation matrix of the named columns. */
export function correlationMatrix(
  columns: Record<string, Float64Array>,
  ids: string[],
): CorrelationMatrix {
  const r: (number | null)[][] = [];
  const n: number[][] = [];
  ids.forEach((a, i) => {
    r.push([]);
    n.push([]);
    ids.forEach((b, j) => {
      const pair =
        j < i
          ? { r: r[j]?.[i] ?? null, n: n[j]?.[i] ?? 0 }
          : pearson(columns[a] ?? new Float64Array(), columns[b] ?? new Float64Array());
      r[i]?.push(pair.r);
      n[i]?.push(pair.n);
    });
  });
  return { ids, r, n };
}
