// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blobChunks, forEachLine, readChunkText } from './bundle-chunks';

const text = '{"a":"één"}\r\n\n  {"b":2}\n{"c":"ü"}';
const bytes = new TextEncoder().encode(text);
const blob = new Blob([bytes]);

/** The chunks' texts, read as a helper reads them; those of ranges where no line starts left out. */
async function chunksOf(source: Blob, chunkBytes: number, onBytes?: (n: number) => void) {
  const texts: string[] = [];
  for await (const chunk of blobChunks({ name: 'b.jsonl', bundle: 0 }, source, {
    chunkBytes,
    onBytes,
  })) {
    texts.push(await readChunkText(chunk));
  }
  return texts.filter((chunk) => chunk !== '');
}

/** Every line of the chunks, numbered across them as the collector does. */
function linesOf(chunks: string[]) {
  const lines: { line: number; text: string }[] = [];
  let before = 0;
  for (const chunk of chunks) {
    before += forEachLine(chunk, (line, text) => lines.push({ line: before + line, text }));
  }
  return lines;
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

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
      for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n')).toBe(true);
      expect(chunks.join('')).toBe(text);
    }
  });

  it('gives each chunk the lines that start in its range, the last one read to its end', async () => {
    // line 1 is 13 bytes and \r\n (15), line 2 is empty (1), line 3 is 10 bytes, line 4 is 10
    expect((await chunksOf(blob, 1)).map(byteLength)).toEqual([15, 1, 10, 10]);
    expect((await chunksOf(blob, 16)).map(byteLength)).toEqual([16, 20]);
    expect((await chunksOf(blob, 17)).map(byteLength)).toEqual([26, 10]);
  });

  it('keeps a line longer than the chunk size whole, in the chunk it starts in, and finds line ends beyond one read', async () => {
    // the first line (100,009 bytes) runs over 100 ranges of 1,000 bytes and past the first read
    const long = `{"x":"${'y'.repeat(100_000)}"}\n{"z":1}\n`;
    const chunks = await chunksOf(new Blob([long]), 1000);
    expect(chunks.map(byteLength)).toEqual([long.indexOf('\n') + 1, 8]);
    expect(linesOf(chunks).map((line) => line.line)).toEqual([1, 2]);
  });

  it('reports every byte read, and reads nothing from an empty bundle', async () => {
    const seen: number[] = [];
    await chunksOf(blob, 5, (n) => seen.push(n));
    expect(seen.reduce((sum, n) => sum + n, 0)).toBe(bytes.length);
    expect(await chunksOf(new Blob([]), 5)).toEqual([]);
  });

  it('reads a range where no line starts as empty, and a line that starts on its last byte whole', async () => {
    const source = new Blob(['aaaa\nb\ncc\n']);
    const range = (start: number, end: number) =>
      readChunkText({ name: 'b.jsonl', bundle: 0, blob: source, start, end });
    // lines start at 0, 5 and 7
    expect(await range(1, 5)).toBe('');
    expect(await range(1, 6)).toBe('b\n');
    expect(await range(5, 7)).toBe('b\n');
    expect(await range(6, 8)).toBe('cc\n');
    expect(await range(0, 1)).toBe('aaaa\n');
  });

  it('counts lines: newlines, and a last line without one', () => {
    const count = (s: string) => forEachLine(s, () => {});
    expect(count('')).toBe(0);
    expect(count('a')).toBe(1);
    expect(count('a\n')).toBe(1);
    expect(count('\n')).toBe(1);
    expect(count('a\n\nb')).toBe(3);
  });
});
