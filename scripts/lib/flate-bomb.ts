// A zlib stream that unpacks to `bytes` bytes of one value, made without unpacking anything: one
// megabyte deflated once and repeated (each copy ends on a byte boundary), then a final empty block
// and the Adler-32 of the whole, computed from its closed form. 2 GB take about 2 MB.
import { constants, deflateRawSync } from 'node:zlib';

const chunkBytes = 1024 * 1024;
const adlerModulus = 65521n;

/** Adler-32 of `length` bytes that all equal `value`: a = 1 + v·n, b = n + v·n(n+1)/2 (mod 65521). */
function adlerOfRepeated(length: number, value: number): number {
  const n = BigInt(length);
  const v = BigInt(value);
  const a = (1n + v * n) % adlerModulus;
  const b = (n + (v * n * (n + 1n)) / 2n) % adlerModulus;
  return Number((b << 16n) | a);
}

/** zlib data that unpacks to `bytes` (a multiple of 1 MB) copies of `value`. */
export function flateBomb({ bytes, value = 0x20 }: { bytes: number; value?: number }): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(chunkBytes, value), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const copies = Math.ceil(bytes / chunkBytes);
  const finalBlock = Uint8Array.of(0x03, 0x00);
  const out = new Uint8Array(2 + chunk.length * copies + finalBlock.length + 4);
  out.set([0x78, 0xda], 0);
  for (let copy = 0; copy < copies; copy += 1) out.set(chunk, 2 + copy * chunk.length);
  const end = 2 + chunk.length * copies;
  out.set(finalBlock, end);
  new DataView(out.buffer).setUint32(end + 2, adlerOfRepeated(copies * chunkBytes, value));
  return out;
}
