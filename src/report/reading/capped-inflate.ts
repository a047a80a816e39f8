// Unpacking a Flate (zlib) stream with a cap on its output, counted while it unpacks: a few kB of
// hostile input can unpack to gigabytes, so measuring after inflating is too late. The input goes in
// small slices, so one slice can unpack to at most about a thousand times its size (deflate's largest
// ratio) before the count is checked again.
import { Unzlib } from 'fflate';

/** Input bytes per push: at most ~1 MB of output between two checks of the count. */
const sliceBytes = 1024;

/** A stream that unpacks to more than its cap; `limit` is the cap in bytes. */
export class UnpackLimitError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`unpacks to more than ${limit} bytes`);
    this.name = 'unpack-limit';
    this.limit = limit;
  }
}

/**
 * The unpacked bytes of a zlib stream, or UnpackLimitError past `limit` bytes of output (exactly
 * `limit` is allowed). A damaged or cut-short stream throws fflate's own error.
 */
export function inflateCapped({ data, limit }: { data: Uint8Array; limit: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isDone = false;
  const unzlib = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new UnpackLimitError(limit);
    chunks.push(chunk);
    if (final) isDone = true;
  });
  for (let start = 0; start < data.length && !isDone; start += sliceBytes) {
    const end = Math.min(start + sliceBytes, data.length);
    unzlib.push(data.subarray(start, end), end === data.length);
  }
  if (!isDone) throw new Error('unexpected end of stream');
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
