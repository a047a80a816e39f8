// Reading input files for the command line: text from disk, and folders expanded to their JSON files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type TextRead = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file as UTF-8 text; a missing or unreadable file gives a message instead of a throw. A
 * byte-order mark is dropped, as the browser's `file.text()` does, so JSON.parse reads the same text.
 */
export async function readTextFile(path: string): Promise<TextRead> {
  try {
    return { ok: true, text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { ok: false, message: 'no such file' };
    if (code === 'EISDIR') return { ok: false, message: 'this is a folder, not a file' };
    return { ok: false, message: `cannot read the file (${code || String(error)})` };
  }
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
