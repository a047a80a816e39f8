// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectivePseudonym } from './pseudonym';

describe('collectivePseudonym in Node', () => {
  it.each([
    ['study-2026', '3f1c2b9e-7d4a-4c1e-9a2b-5e6f7a8b9c0d'],
    ['  padded key\n', 'c-123'],
    ['🔑', ''],
  ])('equals node:crypto HMAC-SHA-256 for key %j and id %j', async (key, id) => {
    const expected = createHmac('sha256', Buffer.from(key.trim(), 'utf8'))
      .update(id, 'utf8')
      .digest('hex');
    expect(await collectivePseudonym({ studyKey: key, collectiveId: id })).toBe(expected);
  });

  it('accepts the key as bytes', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const expected = createHmac('sha256', bytes).update('x').digest('hex');
    expect(await collectivePseudonym({ studyKey: bytes, collectiveId: 'x' })).toBe(expected);
  });

  it('refuses an empty key', async () => {
    await expect(collectivePseudonym({ studyKey: '  ', collectiveId: 'x' })).rejects.toThrow(
      'empty-study-key',
    );
  });
});
