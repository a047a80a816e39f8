import { describe, expect, it } from 'vitest';
import { contentTokens } from './content-tokens';

const tokens = (text: string) => [...contentTokens(new TextEncoder().encode(text))];

describe('contentTokens', () => {
  it.each<[string, number[]]>([
    ['<48656C6c6F> Tj', [0x48, 0x65, 0x6c, 0x6c, 0x6f]],
    ['<48 65\n6C> Tj', [0x48, 0x65, 0x6c]],
    ['<901FA> Tj', [0x90, 0x1f, 0xa0]],
    ['<> Tj', []],
  ])('reads the hex string %j (odd last digit followed by 0)', (text, bytes) => {
    expect(tokens(text)).toEqual([
      { kind: 'string', bytes },
      { kind: 'op', value: 'Tj' },
    ]);
  });
});
