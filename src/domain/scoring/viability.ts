import { fitThreshold, type Memberships } from './path-score';

/** Overall viability: the maximum membership over paths that have one; null when none has. */
export function viabilityMembership(pathMemberships: readonly (number | null)[]): number | null {
  const known = pathMemberships.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** The path closest to being fitted: highest membership, the first on a tie; null when none has one. */
export function closestPath(
  paths: readonly { id: string; membership: number | null }[],
): string | null {
  let closest: string | null = null;
  let highest = -Infinity;
  for (const path of paths) {
    if (path.membership !== null && path.membership > highest) {
      highest = path.membership;
      closest = path.id;
    }
  }
  return closest;
}

/** Necessary conditions that are missing (rule 6): membership below 0.5, or insufficient. */
export function missingNecessary({
  necessary,
  memberships,
}: {
  necessary: readonly string[];
  memberships: Memberships;
}): string[] {
  return necessary.filter((condition) => {
    const membership = memberships[condition] ?? null;
    return membership === null || membership < fitThreshold;
  });
}
