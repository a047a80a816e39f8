// A JSON Lines bundle is read in chunks of whole lines: raw bytes cut at a newline, which a helper
// worker receives without a copy (the buffer is moved) and decodes in one go. Splitting and decoding
// each line on the reading side cost more than the parsing (100,000 results are ~600 MB).

/**
 * Part of a bundle: whole lines as UTF-8 bytes. `bundle` tells the input's bundles apart (two may share
 * a name). Where its lines fall in the bundle is known only once the chunks before it are read, so a
 * reader numbers lines within the chunk and the merge of parts makes them absolute (research-collect).
 */
export type BundleChunk = { name: string; bundle: number; bytes: Uint8Array };

const newline = 0x0a;

/**
 * A bundle's chunks, each about `chunkBytes` (a longer line makes its chunk longer). Each read starts
 * where the last chunk ended, so nothing is copied: the few bytes after a chunk's last newline are
 * simply read again. The next read starts while a chunk is being handed on. `onBytes` follows progress.
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
  const read = (from: number, length: number) =>
    blob
      .slice(from, Math.min(blob.size, from + length))
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer));
  let at = 0;
  let length = chunkBytes;
  let next = read(0, length);
  while (at < blob.size) {
    const bytes = await next;
    const isLast = at + bytes.length >= blob.size;
    const end = isLast ? bytes.length : bytes.lastIndexOf(newline) + 1;
    if (end === 0) {
      // no line ends in this piece: read a longer one
      length *= 2;
      next = read(at, length);
      continue;
    }
    at += end;
    length = chunkBytes;
    next = read(at, length);
    yield { name, bundle, bytes: bytes.subarray(0, end) };
    onBytes(end);
  }
}

/**
 * Calls `take` with each non-empty line of a chunk, trimmed, and its number within the chunk (from 1);
 * returns how many lines the chunk holds, empty ones included.
 */
export function forEachLine(bytes: Uint8Array, take: (line: number, text: string) => void): number {
  const text = new TextDecoder().decode(bytes);
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
