import type { Path } from '../questionnaire/schema';

/** Membership per condition id; null when the condition is insufficient. */
export type Memberships = Readonly<Record<string, number | null>>;

export type PathScore = { membership: number | null; fits: boolean; bottleneck: string | null };

/** Above this membership a collective fits a path, and a necessary condition counts as present. */
export const fitThreshold = 0.5;

/** A path's membership: the minimum over its conditions (rule 6); null when one is insufficient. */
export function pathMembership({
  path,
  memberships,
}: {
  path: Path;
  memberships: Memberships;
}): number | null {
  let lowest = Infinity;
  for (const condition of path.conditions) {
    const membership = memberships[condition] ?? null;
    if (membership === null) return null;
    lowest = Math.min(lowest, membership);
  }
  return lowest;
}

/**
 * The condition holding a path back (rule 7): the first insufficient condition if there is one,
 * else the lowest membership, the first in the path's order on a tie.
 */
export function pathBottleneck({
  path,
  memberships,
}: {
  path: Path;
  memberships: Memberships;
}): string | null {
  let bottleneck: string | null = null;
  let lowest = Infinity;
  for (const condition of path.conditions) {
    const membership = memberships[condition] ?? null;
    if (membership === null) return condition;
    if (membership < lowest) {
      lowest = membership;
      bottleneck = condition;
    }
  }
  return bottleneck;
}

/** Membership, fit (membership above 0.5) and bottleneck of one path. */
export function scorePath({
  path,
  memberships,
}: {
  path: Path;
  memberships: Memberships;
}): PathScore {
  const membership = pathMembership({ path, memberships });
  return {
    membership,
    fits: membership !== null && membership > fitThreshold,
    bottleneck: pathBottleneck({ path, memberships }),
  };
}
