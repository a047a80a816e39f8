// A tokenizer for PDF content streams (ISO 32000 §7.2, §7.8.2): enough to follow text operators.
// Bytes are read as Latin-1 so one character is one byte.

export type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; bytes: number[] }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string }
  | { kind: 'open' }
  | { kind: 'close' };

// a class per byte value, looked up instead of tested: content streams run to hundreds of kB
const space = 1;
const delimiter = 2;
const byteClass = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) byteClass[byte] = space;
for (const char of '()<>[]{}/%') byteClass[char.charCodeAt(0)] = delimiter;
const whitespace = { has: (byte: number) => byteClass[byte] === space };
const delimiters = { has: (byte: number) => byteClass[byte] === delimiter };
const isRegular = (byte: number) => byteClass[byte] === 0;

// digits, sign and decimal point
const isNumberStart = (byte: number) =>
  (byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e;

const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function literalString(data: Uint8Array, start: number): { bytes: number[]; end: number } {
  const bytes: number[] = [];
  let depth = 1;
  let i = start;
  while (i < data.length) {
    const byte = data[i] ?? 0;
    if (byte === 0x5c) {
      const next = data[i + 1] ?? 0;
      const char = String.fromCharCode(next);
      if (char in escapes) bytes.push(escapes[char] ?? 0);
      else if (next >= 0x30 && next <= 0x37) {
        let octal = '';
        while (
          octal.length < 3 &&
          (data[i + 1 + octal.length] ?? 0) >= 0x30 &&
          (data[i + 1 + octal.length] ?? 0) <= 0x37
        )
          octal += String.fromCharCode(data[i + 1 + octal.length] ?? 0);
        bytes.push(parseInt(octal, 8) & 0xff);
        i += 1 + octal.length;
        continue;
      } else if (next !== 10 && next !== 13) bytes.push(next);
      i += 2;
      continue;
    }
    if (byte === 0x28) depth += 1;
    if (byte === 0x29 && --depth === 0) return { bytes, end: i + 1 };
    bytes.push(byte);
    i += 1;
  }
  return { bytes, end: i };
}

/** A hex digit's value, or -1 (whitespace and anything else inside <…> is skipped). */
function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function hexString(data: Uint8Array, start: number): { bytes: number[]; end: number } {
  const bytes: number[] = [];
  let high = -1;
  let i = start;
  while (i < data.length && data[i] !== 0x3e) {
    const value = hexValue(data[i] ?? 0);
    i += 1;
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      bytes.push(high * 16 + value);
      high = -1;
    }
  }
  if (high >= 0) bytes.push(high * 16); // an odd last digit counts as followed by 0
  return { bytes, end: i + 1 };
}

/** The tokens of a content stream, in order; inline images (BI … EI) are skipped. */
export function* contentTokens(data: Uint8Array): Generator<Token> {
  // windows-1252 decodes one byte to one character, so string positions are byte positions
  const text = new TextDecoder('windows-1252').decode(data);
  let i = 0;
  while (i < data.length) {
    const byte = data[i] ?? 0;
    if (whitespace.has(byte)) {
      i += 1;
    } else if (byte === 0x25) {
      while (i < data.length && data[i] !== 10 && data[i] !== 13) i += 1;
    } else if (byte === 0x28) {
      const read = literalString(data, i + 1);
      i = read.end;
      yield { kind: 'string', bytes: read.bytes };
    } else if (byte === 0x3c && data[i + 1] === 0x3c) {
      i += 2; // dictionaries only occur as operands of marked content: their tokens are ignored
    } else if (byte === 0x3e && data[i + 1] === 0x3e) {
      i += 2;
    } else if (byte === 0x3c) {
      const read = hexString(data, i + 1);
      i = read.end;
      yield { kind: 'string', bytes: read.bytes };
    } else if (byte === 0x5b) {
      i += 1;
      yield { kind: 'open' };
    } else if (byte === 0x5d) {
      i += 1;
      yield { kind: 'close' };
    } else if (byte === 0x2f) {
      let j = i + 1;
      while (j < data.length && isRegular(data[j] ?? 0)) j += 1;
      yield { kind: 'name', value: text.slice(i + 1, j) };
      i = j;
    } else if (delimiters.has(byte)) {
      i += 1; // a stray delimiter ({, }, >, )): skip it
    } else {
      let j = i;
      while (j < data.length && isRegular(data[j] ?? 0)) j += 1;
      const word = text.slice(i, j);
      i = j;
      const number = isNumberStart(byte) ? Number(word) : Number.NaN;
      if (Number.isFinite(number)) {
        yield { kind: 'number', value: number };
      } else if (word === 'BI') {
        i = skipInlineImage(data, i);
      } else {
        yield { kind: 'op', value: word };
      }
    }
  }
}

/** The position after an inline image's `EI`, or the end of the data. */
function skipInlineImage(data: Uint8Array, from: number): number {
  for (let i = from; i + 2 < data.length; i += 1) {
    if (
      data[i] === 0x45 &&
      data[i + 1] === 0x49 &&
      whitespace.has(data[i - 1] ?? 0) &&
      (i + 2 >= data.length || whitespace.has(data[i + 2] ?? 0))
    )
      return i + 2;
  }
  return data.length;
}
