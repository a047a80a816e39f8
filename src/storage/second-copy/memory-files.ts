import type { CopyFileName, CopyFiles } from './engine';

/** Copy files kept in memory: for Node tests, and for checking what a crash would leave on disk. */
export function memoryFiles(): CopyFiles & { bytes: Map<CopyFileName, Uint8Array> } {
  const bytes = new Map<CopyFileName, Uint8Array>();
  return {
    bytes,
    read: (name) => Promise.resolve(bytes.get(name) ?? null),
    append: (name, more) => {
      const before = bytes.get(name) ?? new Uint8Array();
      const after = new Uint8Array(before.length + more.length);
      after.set(before);
      after.set(more, before.length);
      bytes.set(name, after);
      return Promise.resolve();
    },
    size: (name) => Promise.resolve(bytes.get(name)?.length ?? 0),
    exclusive: (job) => job(),
    replace: (name, all) => {
      bytes.set(name, all.slice());
      return Promise.resolve();
    },
  };
}
