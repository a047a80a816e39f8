// A JSON Lines bundle is read in chunks of whole lines. The reading worker cuts the bundle into equal
// byte ranges without reading any of it; the helper that gets a range reads it and decodes the lines
// that start in it (the line running over its end included), so the ~600 MB of 100,000 results are
// read by the helpers in parallel and never copied from one worker to another. A newline byte never
// occurs inside a UTF-8 character, so cutting at one never splits a character.

/**
 * Part of a bundle: the lines that start in the byte range [start, end) of `blob`, the whole
 * bundle. `bundle` tells the input's bundles apart (two may share a name). Where its lines fall in
 * the bundle is known only once the chunks before it are read, so a reader numbers lines within the
 * chunk and the merge of parts makes them absolute (research-collect).
 */
export type BundleChunk = { name: string; bundle: number; blob: Blob; start: number; end: number };

const newline = 0x0a;
/** How much is read at a time to find the end of a line; and past a range's end with it. */
const window = 64 * 1024;
const decoder = new TextDecoder();

/** The position just after the first newline at or after `from`; the blob's size when there is none. */
async function lineEndFrom(blob: Blob, from: number): Promise<number> {
  for (let at = from; at < blob.size; at += window) {
    const bytes = new Uint8Array(await blob.slice(at, at + window).arrayBuffer());
    const found = bytes.indexOf(newline);
    if (found >= 0) return at + found + 1;
  }
  return blob.size;
}

/**
 * A bundle's chunks: byte ranges of `chunkBytes` (the last one shorter), found without reading the
 * bundle. `onBytes` follows progress.
 */
export async function* blobChunks(
  { name, bundle }: { name: string; bundle: number },
  blob: Blob,
  {
    chunkBytes = 4 * 1024 * 1024,
    onBytes = () => {},
  }: {
    chunkBytes?: number;
    onBytes?: (bytes: number) => void;
  } = {},
): AsyncGenerator<BundleChunk> {
  const step = Math.max(1, chunkBytes);
  for (let start = 0; start < blob.size; start += step) {
    const end = Math.min(blob.size, start + step);
    yield { name, bundle, blob, start, end };
    onBytes(end - start);
  }
}

/**
 * The text of a chunk's lines: those that start in its range, each whole, the last one read past the
 * range's end up to its newline. Empty when no line starts in the range (a line longer than a
 * chunk belongs to the chunk it starts in). One read of the range and a little more, mostly.
 */
export async function readChunkText({ blob, start, end }: BundleChunk): Promise<string> {
  // from the byte before the range: a newline there means a line starts at `start`
  const from = Math.max(0, start - 1);
  const read = new Uint8Array(
    await blob.slice(from, Math.min(blob.size, end + window)).arrayBuffer(),
  );
  let first = 0;
  if (start > 0) {
    // a line starts after each newline; those at from … end − 2 start lines in the range
    const found = read.subarray(0, end - 1 - from).indexOf(newline);
    if (found < 0) return '';
    first = from + found + 1;
  }
  // the last line of the range ends at the first newline at or after end − 1
  const found = read.indexOf(newline, end - 1 - from);
  const last = found >= 0 ? from + found + 1 : await lineEndFrom(blob, from + read.length);
  const bytes =
    last <= from + read.length
      ? read.subarray(first - from, last - from)
      : new Uint8Array(await blob.slice(first, last).arrayBuffer());
  return decoder.decode(bytes);
}

/**
 * Calls `take` with each non-empty line of a chunk's text, trimmed, and its number within the chunk
 * (from 1); returns how many lines the chunk holds, empty ones included.
 */
export function forEachLine(text: string, take: (line: number, text: string) => void): number {
  let line = 0;
  for (let start = 0; start < text.length;) {
    line += 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') take(line, content);
    start = end + 1;
  }
  return line;
}
