// Reading input files for the command line: size checked before reading, the same UTF-8 decoding as
// the browser (byte-order mark dropped, Latin-1 refused), and folders expanded to their JSON files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeFileBytes } from '../../src/domain/files/decode-text';
import type { Unreadable } from '../../src/domain/files/file-error';
import { fileLimits } from '../../src/domain/files/file-limits';

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; error: Unreadable };
export type TextRead = { ok: true; text: string } | { ok: false; error: Unreadable };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Reads a file's bytes after `fs.stat` shows it is a file within the limit; never throws. */
export async function readFileBytes(
  path: string,
  maxBytes: number = fileLimits.json,
): Promise<BytesRead> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, error: { code: 'unreadable', reason: 'is-folder' } };
    if (info.size >= maxBytes) {
      return {
        ok: false,
        error: { code: 'unreadable', reason: 'too-large', bytes: info.size, limit: maxBytes },
      };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { ok: false, error: { code: 'unreadable', reason: 'not-found' } };
    if (code === 'EISDIR') return { ok: false, error: { code: 'unreadable', reason: 'is-folder' } };
    return { ok: false, error: { code: 'unreadable', reason: 'cannot-open' } };
  }
}

/** Reads a file as UTF-8 text (size checked first, byte-order mark dropped); never throws. */
export async function readTextFile(
  path: string,
  maxBytes: number = fileLimits.json,
): Promise<TextRead> {
  const read = await readFileBytes(path, maxBytes);
  return read.ok ? decodeFileBytes(read.bytes) : read;
}

/** Files as given; a folder becomes the files in it (and its subfolders) with one of the extensions, sorted. */
export async function expandInputs(
  paths: readonly string[],
  extensions: readonly string[] = ['.json'],
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await filesIn(path, extensions)));
    else files.push(path);
  }
  return files;
}

async function filesIn(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const fits = (name: string) => extensions.some((ext) => name.toLowerCase().endsWith(ext));
  return entries
    .filter((entry) => entry.isFile() && fits(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
