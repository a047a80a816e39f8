import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  handOverResponseFiles,
  sharedFilesCache,
  takeHandedOverFiles,
  takeSharedFiles,
} from './shared-files';

type Stored = { headers: Record<string, string>; body: () => Blob };

/** Cache Storage holding what the service worker stored; `read` counts bodies read. */
function fakeCaches(entries: Stored[]) {
  const state = { read: 0, deleted: [] as string[] };
  const cache = {
    keys: () => Promise.resolve(entries.map((_, index) => `shared-files/${index}`)),
    match: (key: string) => {
      const entry = entries[Number(key.split('/')[1])]!;
      return Promise.resolve({
        headers: new Headers(entry.headers),
        blob: () => {
          state.read += 1;
          return Promise.resolve(entry.body());
        },
      });
    },
  };
  return {
    state,
    open: (name: string) => Promise.resolve(name === sharedFilesCache ? cache : undefined),
    delete: (name: string) => {
      state.deleted.push(name);
      return Promise.resolve(true);
    },
  };
}

describe('files shared to the installed app, picked up by the app', () => {
  let caches: ReturnType<typeof fakeCaches>;
  afterEach(() => vi.unstubAllGlobals());

  describe('reading them', () => {
    beforeEach(() => {
      caches = fakeCaches([
        {
          headers: { 'x-file-name': encodeURIComponent('antwoorden Ans.json'), 'x-file-size': '9' },
          body: () => new Blob(['{"a": 1}\n']),
        },
        {
          headers: { 'x-file-name': 'groot.json', 'x-file-size': String(50 * 1024 * 1024) },
          body: () => {
            throw new Error('a file over the limit must not be read');
          },
        },
        {
          headers: { 'x-file-name': '%E0%A4%A', 'x-file-size': '2' },
          body: () => new Blob(['{}']),
        },
      ]);
      vi.stubGlobal('caches', caches);
    });

    it('reads each as text, refuses one over the limit before reading it, and leaves none behind', async () => {
      const files = await takeSharedFiles({ maxBytes: 1024 });
      expect(files).toEqual([
        { name: 'antwoorden Ans.json', text: '{"a": 1}\n' },
        {
          name: 'groot.json',
          error: {
            code: 'unreadable',
            reason: 'too-large',
            bytes: 50 * 1024 * 1024,
            limit: 1024,
          },
        },
        // a damaged name does not stop the pick-up
        { name: 'shared.json', text: '{}' },
      ]);
      expect(caches.state.read).toBe(2);
      expect(caches.state.deleted).toEqual([sharedFilesCache]);
    });
  });

  it('hands response files to the import of their scan once', () => {
    const files = [{ name: 'a.json', text: '{}' }];
    handOverResponseFiles('scan-1', files);
    expect(takeHandedOverFiles('scan-2')).toEqual([]);
    expect(takeHandedOverFiles('scan-1')).toEqual(files);
    expect(takeHandedOverFiles('scan-1')).toEqual([]);
  });
});
