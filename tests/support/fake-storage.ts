import type { StorageApi } from '../../src/storage/device-storage';

/** A fake `navigator.storage`: says whether data is persistent, grants persist() or not, and counts the asks. */
export function fakeStorage(input: {
  isPersisted?: boolean;
  willGrant?: boolean;
  /** persist() never answers, as in Firefox while its prompt waits */
  neverAnswers?: boolean;
  /** persisted() never answers either */
  persistedNeverAnswers?: boolean;
  /** no estimate() at all */
  hasNoEstimate?: boolean;
  usage?: number;
  quota?: number;
}): StorageApi & { asks: number } {
  let isPersisted = input.isPersisted ?? false;
  const fake = {
    asks: 0,
    persisted: () =>
      input.persistedNeverAnswers
        ? new Promise<boolean>(() => undefined)
        : Promise.resolve(isPersisted),
    persist: () => {
      fake.asks += 1;
      if (input.neverAnswers) return new Promise<boolean>(() => undefined);
      if (input.willGrant) isPersisted = true;
      return Promise.resolve(isPersisted);
    },
    estimate: () =>
      Promise.resolve({ usage: input.usage ?? 0, quota: input.quota ?? 0 } as StorageEstimate),
  };
  // as in a browser whose storage manager lacks estimate(): the property is not there at all
  if (input.hasNoEstimate) Reflect.deleteProperty(fake, 'estimate');
  return fake;
}
