const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The bytes followed by their CRC-32, big-endian. */
export function withChecksum(bytes: Uint8Array): Uint8Array {
  const crc = crc32(bytes);
  const out = new Uint8Array(bytes.length + 4);
  out.set(bytes);
  out.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], bytes.length);
  return out;
}

/** The bytes without their trailing CRC-32, or undefined when it does not match. */
export function withoutChecksum(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length < 4) return undefined;
  const body = bytes.slice(0, -4);
  const [a = 0, b = 0, c = 0, d = 0] = bytes.slice(-4);
  const stored = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  return crc32(body) === stored ? body : undefined;
}
