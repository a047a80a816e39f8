// A JSON Lines bundle is read in chunks of whole lines: raw bytes cut at a newline, which a helper
// worker receives without a copy (the buffer is moved) and decodes in one go. Splitting and decoding
// each line on the reading side cost more than the parsing (100,000 results are ~600 MB).

/** Part of a bundle: whole lines as UTF-8 bytes, and the number of the first (lines count from 1). */
export type BundleChunk = { name: string; firstLine: number; bytes: Uint8Array };

const newline = 0x0a;

/** How many lines a chunk holds: its newlines, and a last line without one. */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(newline); at >= 0; at = bytes.indexOf(newline, at + 1)) lines += 1;
  return bytes.length > 0 && bytes[bytes.length - 1] !== newline ? lines + 1 : lines;
}

/**
 * A bundle's chunks, each about `chunkBytes` (a longer line makes its chunk longer). Each read starts
 * where the last chunk ended, so nothing is copied: the few bytes after a chunk's last newline are
 * simply read again. The next read starts while a chunk is being handed on. `onBytes` follows progress.
 */
export async function* blobChunks(
  name: string,
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
  let line = 1;
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
    const chunk = bytes.subarray(0, end);
    const firstLine = line;
    // counted before it is handed on: a receiver may move the bytes away
    line += countLines(chunk);
    at += end;
    length = chunkBytes;
    next = read(at, length);
    yield { name, firstLine, bytes: chunk };
    onBytes(end);
  }
}

/** The non-empty lines of a chunk, trimmed, each with its number and its source (`name:line`). */
export function* chunkLines(chunk: BundleChunk): Generator<{ source: string; text: string }> {
  const text = new TextDecoder().decode(chunk.bytes);
  let line = chunk.firstLine;
  for (let start = 0; start < text.length; line += 1) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') yield { source: `${chunk.name}:${line}`, text: content };
    start = end + 1;
  }
}
