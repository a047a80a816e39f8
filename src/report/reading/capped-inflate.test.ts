// @vitest-environment node
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped, UnpackLimitError } from './capped-inflate';

/** 3,000,000 bytes that do not compress to almost nothing, so many pushes are needed. */
const plain = Uint8Array.from({ length: 3_000_000 }, (_, i) => ((i * 7919) % 251) ^ (i >> 12));
const packed = zlibSync(plain);

describe('inflateCapped', () => {
  it('unpacks a stream of exactly the cap', () => {
    const out = inflateCapped({ data: packed, limit: plain.length });
    expect(out.length).toBe(plain.length);
    expect(out.every((byte, i) => byte === plain[i])).toBe(true);
  });

  it('refuses a stream one byte over the cap, saying the cap', () => {
    expect(() => inflateCapped({ data: packed, limit: plain.length - 1 })).toThrow(
      UnpackLimitError,
    );
    try {
      inflateCapped({ data: packed, limit: plain.length - 1 });
    } catch (error) {
      expect(error).toMatchObject({ name: 'unpack-limit', limit: plain.length - 1 });
    }
  });

  it('stops a bomb at the cap', () => {
    // 16 MB of spaces packed into 16 kB
    const bomb = zlibSync(new Uint8Array(16 * 1024 * 1024).fill(32));
    expect(() => inflateCapped({ data: bomb, limit: 1024 * 1024 })).toThrow(UnpackLimitError);
  });

  it('refuses a stream cut short as damaged, not as too large', () => {
    const cut = packed.subarray(0, packed.length - 100);
    expect(() => inflateCapped({ data: cut, limit: 10 * plain.length })).toThrow();
    expect(() => inflateCapped({ data: cut, limit: 10 * plain.length })).not.toThrow(
      UnpackLimitError,
    );
  });

  it('unpacks an empty stream to nothing, within a cap of zero', () => {
    expect(inflateCapped({ data: zlibSync(new Uint8Array(0)), limit: 0 })).toHaveLength(0);
  });
});
