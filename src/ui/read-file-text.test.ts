import { describe, expect, it } from 'vitest';
import { readFileText } from './read-file-text';

/** A file that counts how often its content is read. */
class CountingBlob extends Blob {
  reads = 0;
  override async arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
}

describe('readFileText', () => {
  it('refuses a file at the limit by its size, without reading a byte', async () => {
    const file = new CountingBlob(['x'.repeat(1000)]);
    expect(await readFileText(file, { maxBytes: 1000 })).toEqual({
      ok: false,
      error: { code: 'unreadable', reason: 'too-large', bytes: 1000, limit: 1000 },
    });
    expect(file.reads).toBe(0);
  });

  it('reads a file under the limit as UTF-8, dropping a byte-order mark', async () => {
    const file = new CountingBlob([new Uint8Array([0xef, 0xbb, 0xbf]), '{"naam":"Zoë"}']);
    expect(await readFileText(file, { maxBytes: 1000 })).toEqual({
      ok: true,
      text: '{"naam":"Zoë"}',
    });
    expect(file.reads).toBe(1);
  });

  it('refuses Latin-1 text', async () => {
    const file = new Blob([new Uint8Array([0x7b, 0x22, 0x5a, 0x6f, 0xeb, 0x22, 0x7d])]);
    expect(await readFileText(file, { maxBytes: 1000 })).toEqual({
      ok: false,
      error: { code: 'unreadable', reason: 'not-text' },
    });
  });
});
