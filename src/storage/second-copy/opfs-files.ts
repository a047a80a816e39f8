import type { CopyFileName, CopyFiles } from './engine';
import { copyFolderName } from './copy-names';

/**
 * The second copy's files in the Origin Private File System. In a worker, sync access handles write
 * and flush in place (fast, and `flush` means on disk); on the main thread only `createWritable`
 * exists, which writes a swap file and swaps it in on `close` (slower, but whole or not at all).
 * Both hold a Web Lock while they work, because another tab's copy uses the same files.
 */
type SyncHandle = {
  read: (buffer: Uint8Array, options: { at: number }) => number;
  write: (buffer: Uint8Array, options: { at: number }) => number;
  truncate: (size: number) => void;
  flush: () => void;
  getSize: () => number;
  close: () => void;
};
type WithSyncHandle = { createSyncAccessHandle?: () => Promise<SyncHandle> };

const lockName = 'ck-second-copy';
const fileNames: Record<CopyFileName, string> = {
  journal: 'journal.ckj',
  'snapshot-a': 'snapshot-a.cks',
  'snapshot-b': 'snapshot-b.cks',
  marker: 'marker.json',
};

/** The folder of the copy, or `undefined` where the browser has no OPFS. */
export async function copyFolder(): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    const root = await globalThis.navigator?.storage?.getDirectory?.();
    return root ? await root.getDirectoryHandle(copyFolderName, { create: true }) : undefined;
  } catch {
    return undefined;
  }
}

function withLock<T>(job: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(lockName, job) : job();
}

/** Whether this context can open sync access handles (dedicated workers in current browsers). */
export function hasSyncAccessHandles(): boolean {
  const proto = globalThis.FileSystemFileHandle?.prototype as WithSyncHandle | undefined;
  return typeof proto?.createSyncAccessHandle === 'function';
}

/** Copy files written through sync access handles, opened for each job and closed after it. */
export function syncHandleFiles(folder: FileSystemDirectoryHandle): CopyFiles {
  let open: Map<CopyFileName, SyncHandle> | undefined;
  async function handle(name: CopyFileName): Promise<SyncHandle> {
    if (!open) throw new Error('second copy: file used outside its lock');
    const known = open.get(name);
    if (known) return known;
    const file = (await folder.getFileHandle(fileNames[name], { create: true })) as WithSyncHandle;
    const created = await file.createSyncAccessHandle?.();
    if (!created) throw new Error('second copy: no sync access handle');
    open.set(name, created);
    return created;
  }
  return {
    exclusive: (job) =>
      withLock(async () => {
        open = new Map();
        try {
          return await job();
        } finally {
          for (const h of open.values()) h.close();
          open = undefined;
        }
      }),
    size: async (name) => (await handle(name)).getSize(),
    read: async (name) => {
      const h = await handle(name);
      const bytes = new Uint8Array(h.getSize());
      h.read(bytes, { at: 0 });
      return bytes;
    },
    append: async (name, bytes) => {
      const h = await handle(name);
      h.write(bytes, { at: h.getSize() });
      h.flush();
    },
    replace: async (name, bytes) => {
      const h = await handle(name);
      h.truncate(0);
      h.write(bytes, { at: 0 });
      h.flush();
    },
  };
}

/** Copy files written through `createWritable`, for browsers whose main thread is all there is. */
export function writableFiles(folder: FileSystemDirectoryHandle): CopyFiles {
  const file = (name: CopyFileName) => folder.getFileHandle(fileNames[name], { create: true });
  const asBuffer = (bytes: Uint8Array) => new Uint8Array(bytes).buffer;
  return {
    exclusive: (job) => withLock(job),
    size: async (name) => (await (await file(name)).getFile()).size,
    read: async (name) => new Uint8Array(await (await (await file(name)).getFile()).arrayBuffer()),
    append: async (name, bytes) => {
      const handle = await file(name);
      const size = (await handle.getFile()).size;
      const stream = await handle.createWritable({ keepExistingData: true });
      await stream.write({ type: 'write', position: size, data: asBuffer(bytes) });
      await stream.close();
    },
    replace: async (name, bytes) => {
      const stream = await (await file(name)).createWritable();
      await stream.write(asBuffer(bytes));
      await stream.close();
    },
  };
}
