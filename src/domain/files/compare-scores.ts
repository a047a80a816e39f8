import type { Finding } from './findings';

/** Two numbers closer than this are the same score: re-scoring on another engine may differ in the last bits. */
export const scoreTolerance = 1e-9;

type Difference = { path: string[]; stored: unknown; recomputed: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function isSame(stored: unknown, recomputed: unknown): boolean {
  if (typeof stored === 'number' && typeof recomputed === 'number') {
    return Math.abs(stored - recomputed) <= scoreTolerance;
  }
  if (Array.isArray(stored) && Array.isArray(recomputed)) {
    return stored.length === recomputed.length && stored.every((v, i) => isSame(v, recomputed[i]));
  }
  return Object.is(stored, recomputed);
}

// Keyed by condition, path or item id: an id in the file that the re-score lacks is a difference too.
// Elsewhere extra stored fields are allowed (rule 8 welcomes them) and not compared.
const idRecords = new Set(['conditions', 'paths', 'traits.items']);

/**
 * Walks the re-score and compares the stored scores along it. `path` is one stack, pushed and popped
 * on the way (a research load compares 100,000 results); a difference keeps a copy of it.
 */
function collect(stored: unknown, recomputed: unknown, path: string[], out: Difference[]): void {
  if (isRecord(recomputed)) {
    if (!isRecord(stored)) {
      out.push({ path: [...path], stored, recomputed });
      return;
    }
    for (const key of Object.keys(recomputed)) {
      path.push(key);
      collect(stored[key], recomputed[key], path, out);
      path.pop();
    }
    if (path.length <= 2 && idRecords.has(path.join('.'))) {
      for (const key of Object.keys(stored)) {
        if (!(key in recomputed))
          out.push({ path: [...path, key], stored: stored[key], recomputed: undefined });
      }
    }
    return;
  }
  if (!isSame(stored, recomputed)) out.push({ path: [...path], stored, recomputed });
}

function toFinding({ path, stored, recomputed }: Difference): Finding {
  const [top = '', id = '', ...rest] = path;
  const scoped = top === 'conditions' || top === 'paths';
  const scope = top === 'conditions' ? 'condition' : top === 'paths' ? 'path' : 'scan';
  const field = scoped ? rest.join('.') || '(all)' : path.join('.');
  return {
    code: 'score-differs',
    scope,
    id: scoped ? id : null,
    field,
    stored,
    recomputed,
  };
}

/** Every difference between stored scores and a fresh re-score, named by condition or path and field. */
export function compareScores({
  stored,
  recomputed,
}: {
  stored: unknown;
  recomputed: unknown;
}): Finding[] {
  const differences: Difference[] = [];
  collect(stored, recomputed, [], differences);
  return differences.map(toFinding);
}
