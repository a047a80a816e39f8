const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** True when the id is a UUID v4, the only kind of collective id a result file (version 2) carries. */
export function isUuidV4(id: string): boolean {
  return uuidV4.test(id);
}

/**
 * Gives every collective whose id is not a UUID v4 a new one (from `newUuid`) and moves its scans
 * along; collectives that have one keep it. Returns only what changed, so an upgrade touches nothing
 * else: the collectives to write under their new id, the old ids to delete, and the moved scans.
 */
export function giveCollectivesUuids<C extends { id: string }, S extends { collectiveId: string }>({
  collectives,
  scans,
  newUuid,
}: {
  collectives: readonly C[];
  scans: readonly S[];
  newUuid: () => string;
}): { collectives: C[]; oldIds: string[]; scans: S[] } {
  const renamed = new Map<string, string>();
  for (const collective of collectives) {
    if (!isUuidV4(collective.id)) renamed.set(collective.id, newUuid());
  }
  return {
    collectives: collectives
      .filter((c) => renamed.has(c.id))
      .map((c) => ({ ...c, id: renamed.get(c.id) as string })),
    oldIds: [...renamed.keys()],
    scans: scans
      .filter((s) => renamed.has(s.collectiveId))
      .map((s) => ({ ...s, collectiveId: renamed.get(s.collectiveId) as string })),
  };
}
