import { describe, expect, it } from 'vitest';
import { copyFolderName, markerStorageKey } from './copy-names';
import { isFreshDevice, type DeviceApis } from './fresh-device';

const notFound = () => new DOMException('not there', 'NotFoundError');

/** A device's APIs: what localStorage holds, which databases exist, which OPFS folders exist. */
function device(input: {
  stored?: Record<string, string>;
  databases?: string[] | 'unsupported' | 'fails';
  folders?: string[] | 'no OPFS';
}): DeviceApis {
  const stored = input.stored ?? {};
  const databases = input.databases ?? [];
  const folders = input.folders ?? [];
  return {
    localStorage: { getItem: (key) => stored[key] ?? null },
    indexedDB:
      databases === 'unsupported'
        ? ({} as Pick<IDBFactory, 'databases'>)
        : {
            databases: () =>
              databases === 'fails'
                ? Promise.reject(new Error('refused'))
                : Promise.resolve(databases.map((name) => ({ name, version: 1 }))),
          },
    ...(folders === 'no OPFS'
      ? {}
      : {
          storage: {
            getDirectory: () =>
              Promise.resolve({
                getDirectoryHandle: (name: string) =>
                  folders.includes(name) ? Promise.resolve({}) : Promise.reject(notFound()),
              } as unknown as FileSystemDirectoryHandle),
          },
        }),
  };
}

describe('a device that never held anything of the app', () => {
  it('is fresh with no database, no copy folder and no marker', async () => {
    expect(await isFreshDevice(device({}))).toBe(true);
  });

  it('is fresh in a browser without OPFS when localStorage holds no marker', async () => {
    expect(await isFreshDevice(device({ folders: 'no OPFS' }))).toBe(true);
  });

  it('is not fresh when any database of the origin exists', async () => {
    expect(await isFreshDevice(device({ databases: ['collectievekracht-selfscan'] }))).toBe(false);
    expect(await isFreshDevice(device({ databases: ['something-else'] }))).toBe(false);
  });

  it('is not fresh when the second copy is there, even with the database gone', async () => {
    expect(await isFreshDevice(device({ folders: [copyFolderName] }))).toBe(false);
  });

  it('is not fresh when localStorage holds the marker (a browser without OPFS that held data)', async () => {
    const stored = { [markerStorageKey]: '{"hasData":true}' };
    expect(await isFreshDevice(device({ stored, folders: 'no OPFS' }))).toBe(false);
  });

  it('is not fresh when it cannot tell: no databases(), a failing one, a failing OPFS, no localStorage', async () => {
    expect(await isFreshDevice(device({ databases: 'unsupported' }))).toBe(false);
    expect(await isFreshDevice(device({ databases: 'fails' }))).toBe(false);
    const brokenOpfs: DeviceApis = {
      ...device({}),
      storage: { getDirectory: () => Promise.reject(new DOMException('no', 'SecurityError')) },
    };
    expect(await isFreshDevice(brokenOpfs)).toBe(false);
    const { localStorage: _none, ...withoutStorage } = device({});
    expect(await isFreshDevice(withoutStorage)).toBe(false);
  });
});
