// Reading input files for the command line: text from disk, and folders expanded to their JSON files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type TextRead = { ok: true; text: string } | { ok: false; message: string };

/** Reads a file as UTF-8 text; a missing or unreadable file gives a message instead of a throw. */
export async function readTextFile(path: string): Promise<TextRead> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { ok: false, message: 'no such file' };
    if (code === 'EISDIR') return { ok: false, message: 'this is a folder, not a file' };
    return { ok: false, message: `cannot read the file (${code || String(error)})` };
  }
}

/** Files as given; a folder becomes its files with these extensions (subfolders too), sorted. */
export async function expandInputs(
  paths: readonly string[],
  extensions: readonly string[] = ['.json'],
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await jsonFilesIn(path, extensions)));
    else files.push(path);
  }
  return files;
}

async function jsonFilesIn(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
