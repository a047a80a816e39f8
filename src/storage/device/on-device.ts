import { getDatabase, type SelfScanDatabase } from '../db';

/** A repository function bound to this device's database, for screens that must not open it. */
export function onDevice<A extends unknown[], R>(
  action: (db: SelfScanDatabase, ...args: A) => R,
): (...args: A) => R {
  return (...args) => action(getDatabase(), ...args);
}
