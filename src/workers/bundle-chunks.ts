// A JSON Lines bundle is read in chunks of whole lines. The reading worker only looks for a newline
// near each cut (a few kB per chunk) and hands on a slice of the file; the helper that gets the slice
// reads and decodes it itself, so the ~600 MB of 100,000 results are read by the helpers in parallel
// and never copied from one worker to another.

/**
 * Part of a bundle: a slice holding whole lines. `bundle` tells the input's bundles apart (two may
 * share a name). Where its lines fall in the bundle is known only once the chunks before it are read,
 * so a reader numbers lines within the chunk and the merge of parts makes them absolute
 * (research-collect).
 */
export type BundleChunk = { name: string; bundle: number; blob: Blob };

const newline = 0x0a;
/** How much is read at a time to find the end of a line. */
const window = 8 * 1024;

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
 * A bundle's chunks: each ends at the first line end at or after `chunkBytes` from its start (or at the
 * bundle's end), so a line is never cut, nor a character. `onBytes` follows progress.
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
  for (let start = 0; start < blob.size;) {
    const end = await lineEndFrom(blob, start + Math.max(1, chunkBytes) - 1);
    yield { name, bundle, blob: blob.slice(start, end) };
    onBytes(end - start);
    start = end;
  }
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
