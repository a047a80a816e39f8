// A font's ToUnicode CMap (ISO 32000 §9.10.3): character codes to Unicode text. Only the bfchar and
// bfrange sections matter for text extraction.
import { contentTokens, type Token } from './content-tokens';

export type CodeMap = { codeBytes: 1 | 2; map: Map<number, string> };

const codeOf = (bytes: readonly number[]) => bytes.reduce((code, byte) => code * 256 + byte, 0);

function utf16(bytes: readonly number[]): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2)
    units.push((bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0));
  return String.fromCharCode(...units);
}

function plusOne(bytes: readonly number[], offset: number): string {
  const copy = [...bytes];
  const last = copy.length - 1;
  if (last >= 0) copy[last] = (copy[last] ?? 0) + offset;
  return utf16(copy);
}

/** Parses a ToUnicode CMap; code width from its first mapping (Identity-H fonts use two bytes). */
export function parseToUnicode(data: Uint8Array): CodeMap {
  const map = new Map<number, string>();
  let codeBytes: 1 | 2 = 1;
  const operands: Token[] = [];
  let mode: 'char' | 'range' | null = null;
  let arrayValues: number[][] | null = null;
  for (const token of contentTokens(data)) {
    if (token.kind === 'op') {
      if (token.value === 'beginbfchar') mode = 'char';
      else if (token.value === 'beginbfrange') mode = 'range';
      else if (token.value.startsWith('end')) mode = null;
      operands.length = 0;
      continue;
    }
    if (!mode) continue;
    if (token.kind === 'open') {
      arrayValues = [];
      continue;
    }
    if (token.kind === 'close' && arrayValues) {
      const [lo, hi] = operands;
      if (lo?.kind === 'string' && hi?.kind === 'string') {
        arrayValues.forEach((value, offset) => map.set(codeOf(lo.bytes) + offset, utf16(value)));
      }
      operands.length = 0;
      arrayValues = null;
      continue;
    }
    if (token.kind !== 'string') continue;
    if (arrayValues) {
      arrayValues.push(token.bytes);
      continue;
    }
    operands.push(token);
    if (operands[0]?.kind === 'string' && operands[0].bytes.length === 2) codeBytes = 2;
    if (mode === 'char' && operands.length === 2) {
      const [source, target] = operands;
      if (source?.kind === 'string' && target?.kind === 'string')
        map.set(codeOf(source.bytes), utf16(target.bytes));
      operands.length = 0;
    } else if (mode === 'range' && operands.length === 3) {
      const [lo, hi, target] = operands;
      if (lo?.kind === 'string' && hi?.kind === 'string' && target?.kind === 'string') {
        const from = codeOf(lo.bytes);
        const to = Math.min(codeOf(hi.bytes), from + 0xffff);
        for (let code = from; code <= to; code += 1)
          map.set(code, plusOne(target.bytes, code - from));
      }
      operands.length = 0;
    }
  }
  return { codeBytes, map };
}

/** Text of a shown string: through the CMap when there is one, else as Latin-1 single bytes. */
export function decodeShown(bytes: readonly number[], cmap: CodeMap | undefined): string {
  if (!cmap) return String.fromCharCode(...bytes);
  let text = '';
  for (let i = 0; i + cmap.codeBytes <= bytes.length; i += cmap.codeBytes) {
    const code =
      cmap.codeBytes === 2 ? (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0) : (bytes[i] ?? 0);
    text += cmap.map.get(code) ?? '\uFFFD';
  }
  return text;
}
