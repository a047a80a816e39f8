import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexOfBytes } from './hash';

// SHA-256("abc"), the example of FIPS 180-2, appendix B.1
const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('sha256HexOfBytes', () => {
  it('hashes only the bytes a view shows, not the whole buffer behind it', async () => {
    const buffer = new TextEncoder().encode('xxabcyy');
    expect(await sha256HexOfBytes(buffer.subarray(2, 5))).toBe(abc);
  });

  it('is not changed when the caller reuses its bytes right after the call', async () => {
    const bytes = new TextEncoder().encode('abc');
    const digest = sha256HexOfBytes(bytes);
    bytes.fill(0);
    expect(await digest).toBe(abc);
  });

  it('hashes a view of shared memory like any other bytes', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set(new TextEncoder().encode('abc'));
    expect(await sha256HexOfBytes(shared)).toBe(abc);
  });

  it('agrees with sha256Hex of the same text', async () => {
    expect(await sha256Hex('abc')).toBe(abc);
  });
});
