// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { srgbProfileBase64 } from './srgb-profile';

describe('the embedded sRGB profile', () => {
  it('is byte for byte the committed sRGB.icc, an RGB display profile', () => {
    const file = new Uint8Array(readFileSync(join(import.meta.dirname, 'sRGB.icc')));
    const embedded = Uint8Array.from(atob(srgbProfileBase64), (c) => c.charCodeAt(0));
    expect(embedded).toEqual(file);
    const text = (from: number, to: number) => String.fromCharCode(...file.subarray(from, to));
    expect([text(12, 16), text(16, 20), text(36, 40)]).toEqual(['mntr', 'RGB ', 'acsp']);
  });
});
