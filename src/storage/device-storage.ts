import type { SelfScanDatabase } from './db';
import { readSetting, recordPersistenceAsked } from './settings-repository';

/** The part of `navigator.storage` the app uses; tests pass a fake. */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/** `unknown`: the browser was asked and has not answered (Firefox waits on a prompt the person may not see). */
export type Persistence = 'persistent' | 'best-effort' | 'unsupported' | 'unknown';

/** How long the app waits for the browser's answer to `persist()` before it says "unknown". */
export const persistAnswerWaitMs = 10_000;

export type StorageState = {
  persistence: Persistence;
  /** bytes this origin uses and may use, when the browser says */
  usage: number | null;
  quota: number | null;
};

/** The browser's storage manager, or undefined where it has none (old browsers, http pages). */
export function browserStorage(): StorageApi | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** A promise's value, or `fallback` when it rejects or has not settled within `waitMs`. */
function withinTime<T, F>(promise: Promise<T>, waitMs: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), waitMs);
  });
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/**
 * Whether the browser keeps this origin's data under storage pressure, and how much is used. A
 * `persisted()` or `estimate()` that does not answer in time, or fails, reads as not known.
 */
export async function readStorageState(
  storage: StorageApi | undefined,
  waitMs = persistAnswerWaitMs,
): Promise<StorageState> {
  if (!storage?.persisted) return { persistence: 'unsupported', usage: null, quota: null };
  const [isPersisted, estimate] = await Promise.all([
    withinTime(storage.persisted(), waitMs, null),
    storage.estimate ? withinTime(storage.estimate(), waitMs, undefined) : undefined,
  ]);
  return {
    persistence: isPersisted === null ? 'unknown' : isPersisted ? 'persistent' : 'best-effort',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}

/** Asks the browser to keep the data; the answer says whether it now will, or that none came in time. */
export async function askPersistence(
  storage: StorageApi | undefined,
  waitMs = persistAnswerWaitMs,
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => resolve('unknown'), waitMs);
  });
  const answer = storage.persist().then(
    (isPersistent): Persistence => (isPersistent ? 'persistent' : 'best-effort'),
    (): Persistence => 'best-effort',
  );
  try {
    return await Promise.race([answer, noAnswer]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * After the first saved answer on this device: asks once (remembered in settings) unless the data is
 * already persistent. Returns the outcome, or null when nothing was asked.
 */
export async function askPersistenceOnce(input: {
  db: SelfScanDatabase;
  storage: StorageApi | undefined;
  waitMs?: number;
}): Promise<Persistence | null> {
  const { db, storage } = input;
  if (!storage?.persist || !storage.persisted) return null;
  if (await readSetting(db, 'persistenceAskedAt')) return null;
  if (await storage.persisted()) return null;
  await recordPersistenceAsked(db);
  return askPersistence(storage, input.waitMs);
}
