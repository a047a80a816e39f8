import { fileLimits } from '../domain/files/file-limits';
import { readPickedFile, type PickedFile } from './picked-file';

/** The Cache Storage cache where files shared to the installed app wait (src/app/share-target.ts). */
export const sharedFilesCache = 'ck-shared-files';

function nameOf(response: Response): string {
  try {
    return decodeURIComponent(response.headers.get('x-file-name') ?? '') || 'shared.json';
  } catch {
    return 'shared.json';
  }
}

/**
 * Takes the files shared to the installed app out of Cache Storage, each read as text like a
 * chosen file: the size the service worker noted is checked before a byte is read. None stay behind.
 */
export async function takeSharedFiles({
  maxBytes = fileLimits.json,
}: { maxBytes?: number } = {}): Promise<PickedFile[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(sharedFilesCache);
  const files: PickedFile[] = [];
  for (const key of await cache.keys()) {
    const response = await cache.match(key);
    if (!response) continue;
    const name = nameOf(response);
    const noted = Number(response.headers.get('x-file-size'));
    if (noted >= maxBytes) {
      files.push({
        name,
        error: { code: 'unreadable', reason: 'too-large', bytes: noted, limit: maxBytes },
      });
      continue;
    }
    files.push(await readPickedFile(await response.blob(), { name, maxBytes }));
  }
  await caches.delete(sharedFilesCache);
  return files;
}

let handedOver: { scanId: string; files: PickedFile[] } | undefined;

/** Hands shared response files to the response import of their scan, which opens next. */
export function handOverResponseFiles(scanId: string, files: PickedFile[]): void {
  handedOver = { scanId, files };
}

/** The shared response files handed to this scan's import, once. */
export function takeHandedOverFiles(scanId: string): PickedFile[] {
  if (handedOver?.scanId !== scanId) return [];
  const { files } = handedOver;
  handedOver = undefined;
  return files;
}
