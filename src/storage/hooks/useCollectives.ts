import type { Collective } from '../../domain/collective/schema';
import { getCollective, listCollectives } from '../collectives-repository';
import { useLiveRow } from './useLiveRow';

/** Every collective on this device, live; undefined while loading. */
export function useCollectives(): Collective[] | undefined {
  return useLiveRow((db) => listCollectives(db), []);
}

/** One collective, live; null when it is not on this device, undefined while loading. */
export function useCollective(id: string): Collective | null | undefined {
  return useLiveRow(async (db) => (await getCollective(db, id)) ?? null, [id]);
}
