// The lock of published questionnaire versions (`questionnaires/published.lock.json`): a published
// version is never edited, so its hash is written down once and every later file is held to it.
import { questionnaireKey } from './identity';
import { patterns } from './schema';

/** The lock: `"<id>@<version>": "<sha256>"`. */
export type PublishedLock = Record<string, string>;

type Ref = { id: string; version: string; sha256: string };

export const lockStatuses = ['published', 'not-published', 'differs'] as const;
export type LockStatus = (typeof lockStatuses)[number];

export type LockCheck =
  | { ok: true; lock: PublishedLock }
  | { ok: false; code: 'not-an-object' }
  | { ok: false; code: 'bad-entry'; key: string };

const lockKey = new RegExp(`${patterns.id.source.slice(0, -1)}@\\d+\\.\\d+\\.\\d+$`);

/** Checks a parsed lock file: an object of `"<id>@<version>": "<sha256 in lowercase hex>"`. */
export function checkPublishedLock(value: unknown): LockCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, code: 'not-an-object' };
  }
  const lock: PublishedLock = {};
  for (const [key, hash] of Object.entries(value)) {
    if (!lockKey.test(key) || typeof hash !== 'string' || !patterns.sha256.test(hash)) {
      return { ok: false, code: 'bad-entry', key };
    }
    lock[key] = hash;
  }
  return { ok: true, lock };
}

/** Whether a questionnaire version is in the lock with this hash. */
export function lockStatus(lock: PublishedLock, ref: Ref): LockStatus {
  const locked = lock[questionnaireKey(ref)];
  if (locked === undefined) return 'not-published';
  return locked === ref.sha256 ? 'published' : 'differs';
}

export type LockPlan = {
  /** the lock with every new version added, keys sorted */
  lock: PublishedLock;
  added: string[];
  /** versions whose file no longer matches the locked hash: the lock is never changed for them */
  changed: { key: string; locked: string; actual: string }[];
  /** locked versions without a file */
  missing: string[];
};

/** Works out how the lock grows with the current files; never changes or removes an entry. */
export function planLockUpdate({
  lock,
  refs,
}: {
  lock: PublishedLock;
  refs: readonly Ref[];
}): LockPlan {
  const next: PublishedLock = { ...lock };
  const added: string[] = [];
  const changed: LockPlan['changed'] = [];
  for (const ref of refs) {
    const key = questionnaireKey(ref);
    const locked = lock[key];
    if (locked === undefined) {
      next[key] = ref.sha256;
      added.push(key);
    } else if (locked !== ref.sha256) {
      changed.push({ key, locked, actual: ref.sha256 });
    }
  }
  const present = new Set(refs.map((ref) => questionnaireKey(ref)));
  const missing = Object.keys(lock).filter((key) => !present.has(key));
  const sorted = Object.fromEntries(
    Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { lock: sorted, added, changed, missing };
}
