// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { streamLines } from './research-collect';

/** A stream that hands out the bytes in pieces of the given sizes (the rest in one piece). */
function streamOf(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      let at = 0;
      for (const size of sizes) {
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      }
      if (at < bytes.length) controller.enqueue(bytes.slice(at));
      controller.close();
    },
  });
}

async function linesOf(stream: ReadableStream<Uint8Array>) {
  const lines: { line: number; text: string }[] = [];
  for await (const line of streamLines(stream)) lines.push(line);
  return lines;
}

describe('streamLines', () => {
  const text = '{"a":"één"}\r\n\n  {"b":2}\n{"c":"ü"}';
  const bytes = new TextEncoder().encode(text);

  it('splits on newlines, numbers every line, skips empty ones and keeps a last line without a newline', async () => {
    expect(await linesOf(streamOf(bytes, []))).toEqual([
      { line: 1, text: '{"a":"één"}' },
      { line: 3, text: '{"b":2}' },
      { line: 4, text: '{"c":"ü"}' },
    ]);
  });

  it('gives the same lines however the bytes are cut, also inside a multi-byte character', async () => {
    const whole = await linesOf(streamOf(bytes, []));
    // "é" is two bytes from offset 7: a cut at 8 splits it; single bytes cut everything
    for (const sizes of [[8], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [13, 1, 1], Array(40).fill(1)]) {
      expect(await linesOf(streamOf(bytes, sizes))).toEqual(whole);
    }
  });

  it('reports every byte read', async () => {
    const seen: number[] = [];
    for await (const line of streamLines(streamOf(bytes, [5, 5]), (n) => seen.push(n))) void line;
    expect(seen.reduce((sum, n) => sum + n, 0)).toBe(bytes.length);
  });
});
