// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blobChunks, forEachLine, type BundleChunk } from './bundle-chunks';

const text = '{"a":"één"}\r\n\n  {"b":2}\n{"c":"ü"}';
const bytes = new TextEncoder().encode(text);
const blob = new Blob([bytes]);

async function chunksOf(source: Blob, chunkBytes: number, onBytes?: (n: number) => void) {
  const chunks: BundleChunk[] = [];
  for await (const chunk of blobChunks({ name: 'b.jsonl', bundle: 0 }, source, {
    chunkBytes,
    onBytes,
  })) {
    // moved away, as the worker moves each chunk to a helper: the reader must not touch it again
    const bytes = chunk.bytes.slice();
    structuredClone(chunk.bytes.buffer, { transfer: [chunk.bytes.buffer] });
    chunks.push({ ...chunk, bytes });
  }
  return chunks;
}

/** Every line of the chunks, numbered across them as the collector does. */
function linesOf(chunks: BundleChunk[]) {
  const lines: { line: number; text: string }[] = [];
  let before = 0;
  for (const chunk of chunks) {
    before += forEachLine(chunk.bytes, (line, text) => lines.push({ line: before + line, text }));
  }
  return lines;
}

describe('bundle chunks', () => {
  it('numbers every line, skips empty ones, trims, and keeps a last line without a newline', async () => {
    expect(linesOf(await chunksOf(blob, 1024))).toEqual([
      { line: 1, text: '{"a":"één"}' },
      { line: 3, text: '{"b":2}' },
      { line: 4, text: '{"c":"ü"}' },
    ]);
  });

  it('cuts only after a newline, whatever the chunk size, so no character is split', async () => {
    const whole = linesOf(await chunksOf(blob, 1024));
    // "é" is two bytes from offset 7: a chunk size of 8 would split it if cuts fell anywhere
    for (const size of [1, 2, 5, 8, 13, 14, 15, 40]) {
      const chunks = await chunksOf(blob, size);
      expect(linesOf(chunks), `size ${size}`).toEqual(whole);
      for (const chunk of chunks.slice(0, -1)) expect(chunk.bytes.at(-1)).toBe(0x0a);
      const joined = new Uint8Array(chunks.flatMap((chunk) => [...chunk.bytes]));
      expect(joined).toEqual(bytes);
    }
  });

  it("counts each chunk's lines, empty ones included", async () => {
    // reads of 1, 2, 4, 8, 16 bytes until one holds a newline: 16 bytes end just after the empty
    // line 2 (line 1 is 13 bytes and \r\n); then line 3 alone (10 bytes), then line 4 (10)
    const chunks = await chunksOf(blob, 1);
    expect(chunks.map((chunk) => forEachLine(chunk.bytes, () => {}))).toEqual([2, 1, 1]);
    expect(chunks.map((chunk) => chunk.bytes.length)).toEqual([16, 10, 10]);
  });

  it('keeps a line longer than the chunk size whole', async () => {
    const long = `{"x":"${'y'.repeat(100)}"}\n{"z":1}\n`;
    // reads grow 8, 16, … 128 bytes until one holds a newline; 128 takes in the whole bundle
    const chunks = await chunksOf(new Blob([long]), 8);
    expect(chunks.map((chunk) => chunk.bytes.length)).toEqual([long.length]);
    expect(linesOf(chunks).map((line) => line.line)).toEqual([1, 2]);
  });

  it('reports every byte read, and reads nothing from an empty bundle', async () => {
    const seen: number[] = [];
    await chunksOf(blob, 5, (n) => seen.push(n));
    expect(seen.reduce((sum, n) => sum + n, 0)).toBe(bytes.length);
    expect(await chunksOf(new Blob([]), 5)).toEqual([]);
  });

  it('counts lines: newlines, and a last line without one', () => {
    const count = (s: string) => forEachLine(new TextEncoder().encode(s), () => {});
    expect(count('')).toBe(0);
    expect(count('a')).toBe(1);
    expect(count('a\n')).toBe(1);
    expect(count('\n')).toBe(1);
    expect(count('a\n\nb')).toBe(3);
  });
});
