import { describe, expect, it } from 'vitest';
import type { SelfScanDatabase } from './db';
import { askPersistenceOnce, readStorageState } from './device-storage';
import { withFreshDatabase } from '../../tests/support/test-db';
import { fakeStorage } from '../../tests/support/fake-storage';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

describe('readStorageState', () => {
  it.each([
    [{ isPersisted: true, usage: 2048, quota: 10_000 }, 'persistent', 2048, 10_000],
    [{ isPersisted: false, usage: 5, quota: 6 }, 'best-effort', 5, 6],
  ])('reads %o', async (fake, persistence, usage, quota) => {
    expect(await readStorageState(fakeStorage(fake))).toEqual({ persistence, usage, quota });
  });

  it('says unsupported where the browser has no storage manager', async () => {
    expect(await readStorageState(undefined)).toEqual({
      persistence: 'unsupported',
      usage: null,
      quota: null,
    });
  });

  it('says unknown when persisted() does not answer in time, and no space without estimate()', async () => {
    const storage = fakeStorage({ persistedNeverAnswers: true, hasNoEstimate: true });
    expect(await readStorageState(storage, 20)).toEqual({
      persistence: 'unknown',
      usage: null,
      quota: null,
    });
  });

  it('says unknown when persisted() fails, and keeps the estimate it has', async () => {
    const storage = {
      ...fakeStorage({ usage: 7, quota: 70 }),
      persisted: () => Promise.reject(new Error('denied')),
    };
    expect(await readStorageState(storage, 20)).toEqual({
      persistence: 'unknown',
      usage: 7,
      quota: 70,
    });
  });
});

describe('askPersistenceOnce', () => {
  it('asks the first time only, and reports a refusal', async () => {
    const storage = fakeStorage({ willGrant: false });
    expect(await askPersistenceOnce({ db, storage })).toBe('best-effort');
    expect(await askPersistenceOnce({ db, storage })).toBeNull();
    expect(storage.asks).toBe(1);
  });

  it('reports a grant', async () => {
    expect(await askPersistenceOnce({ db, storage: fakeStorage({ willGrant: true }) })).toBe(
      'persistent',
    );
  });

  it('does not ask when the data is already persistent or the browser cannot', async () => {
    const storage = fakeStorage({ isPersisted: true });
    expect(await askPersistenceOnce({ db, storage })).toBeNull();
    expect(storage.asks).toBe(0);
    expect(await askPersistenceOnce({ db, storage: undefined })).toBeNull();
  });

  it('says "unknown" when the browser does not answer in time, and asks no more', async () => {
    const storage = fakeStorage({ neverAnswers: true });
    expect(await askPersistenceOnce({ db, storage, waitMs: 20 })).toBe('unknown');
    expect(await askPersistenceOnce({ db, storage, waitMs: 20 })).toBeNull();
    expect(storage.asks).toBe(1);
  });
});
