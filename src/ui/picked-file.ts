import type { Unreadable } from '../domain/files/file-error';
import { readFileText } from './read-file-text';

/** A chosen file: its text, or why it could not be read as text (too large, not UTF-8). */
export type PickedFile = { name: string; text: string } | { name: string; error: Unreadable };

/** Reads a chosen, dropped or shared file as text, its size checked before a byte is read. */
export async function readPickedFile(
  file: Blob,
  { name, maxBytes }: { name: string; maxBytes: number },
): Promise<PickedFile> {
  const read = await readFileText(file, { maxBytes });
  return read.ok ? { name, text: read.text } : { name, error: read.error };
}

/** Reads chosen or dropped files as text, in their order (see `readPickedFile`). */
export function readPickedFiles(
  files: readonly File[],
  { maxBytes }: { maxBytes: number },
): Promise<PickedFile[]> {
  return Promise.all(files.map((file) => readPickedFile(file, { name: file.name, maxBytes })));
}
