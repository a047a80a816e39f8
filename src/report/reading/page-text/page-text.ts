// The text a page shows, as positioned pieces: follows the graphics and text state of a content
// stream (q/Q, cm, BT, Tf, Td, TD, Tm, T*, TL, Tj, TJ, ', ") and descends into form XObjects.
import { PDFArray, PDFDict, PDFName, PDFStream } from 'pdf-lib';
import type { PDFContext } from 'pdf-lib';
import { pdfStreamBytes } from '../stream-bytes';
import { contentTokens, type Token } from './content-tokens';
import { parseToUnicode, decodeShown, type CodeMap } from './to-unicode';

export type Piece = { text: string; x: number; y: number };

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const translate = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];

/** Form XObjects nested deeper than this are not read (a loop or a bomb). */
const maxFormDepth = 4;

type Scope = {
  context: PDFContext;
  resources: PDFDict | undefined;
  fonts: Map<string, CodeMap | undefined>;
  /** ToUnicode maps already parsed in this document: every page shares the same few fonts */
  cmaps: WeakMap<PDFStream, CodeMap>;
};

/** A fresh cache of parsed ToUnicode maps, for one document. */
export const newCMapCache = (): WeakMap<PDFStream, CodeMap> => new WeakMap();

function fontMap(scope: Scope, name: string): CodeMap | undefined {
  const key = `${name}`;
  if (scope.fonts.has(key)) return scope.fonts.get(key);
  const fonts = scope.resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const font = fonts?.lookupMaybe(PDFName.of(name), PDFDict);
  const toUnicode = font?.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
  let map = toUnicode ? scope.cmaps.get(toUnicode) : undefined;
  if (toUnicode && !map) {
    map = parseToUnicode(pdfStreamBytes(toUnicode));
    scope.cmaps.set(toUnicode, map);
  }
  scope.fonts.set(key, map);
  return map;
}

const numbers = (operands: Token[]) => operands.map((t) => (t.kind === 'number' ? t.value : 0));

/** Appends the pieces of text one content stream shows, in page coordinates. */
export function collectPieces({
  data,
  scope,
  ctm: startCtm = identity,
  depth = 0,
  out,
}: {
  data: Uint8Array;
  scope: Scope;
  ctm?: Matrix;
  depth?: number;
  out: Piece[];
}): void {
  let ctm = startCtm;
  const saved: Matrix[] = [];
  let tm: Matrix = identity;
  let tlm: Matrix = identity;
  let leading = 0;
  let font: CodeMap | undefined;
  let operands: Token[] = [];
  let array: Token[] | null = null;

  const show = (strings: number[][]) => {
    const text = strings.map((bytes) => decodeShown(bytes, font)).join('');
    const [, , , , x, y] = multiply(tm, ctm);
    if (text !== '') out.push({ text, x, y });
  };
  const nextLine = (tx: number, ty: number) => {
    tlm = multiply(translate(tx, ty), tlm);
    tm = tlm;
  };

  for (const token of contentTokens(data)) {
    if (token.kind === 'open') {
      array = [];
      continue;
    }
    if (token.kind === 'close') {
      operands.push({
        kind: 'string',
        bytes: (array ?? []).flatMap((t) => (t.kind === 'string' ? t.bytes : [])),
      });
      array = null;
      continue;
    }
    if (array) {
      // TJ's pieces join; a font with 2-byte codes keeps its byte pairs, since numbers are dropped
      if (token.kind === 'string') array.push(token);
      continue;
    }
    if (token.kind !== 'op') {
      operands.push(token);
      continue;
    }
    const args = numbers(operands);
    switch (token.value) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm':
        if (args.length === 6) ctm = multiply(args as Matrix, ctm);
        break;
      case 'BT':
        tm = identity;
        tlm = identity;
        break;
      case 'Tf': {
        const name = operands[0];
        font = name?.kind === 'name' ? fontMap(scope, name.value) : undefined;
        break;
      }
      case 'TL':
        leading = args[0] ?? 0;
        break;
      case 'Td':
        nextLine(args[0] ?? 0, args[1] ?? 0);
        break;
      case 'TD':
        leading = -(args[1] ?? 0);
        nextLine(args[0] ?? 0, args[1] ?? 0);
        break;
      case 'Tm':
        if (args.length === 6) {
          tlm = args as Matrix;
          tm = tlm;
        }
        break;
      case 'T*':
        nextLine(0, -leading);
        break;
      case "'":
      case '"':
        nextLine(0, -leading);
        show(operands.flatMap((t) => (t.kind === 'string' ? [t.bytes] : [])));
        break;
      case 'Tj':
      case 'TJ':
        show(operands.flatMap((t) => (t.kind === 'string' ? [t.bytes] : [])));
        break;
      case 'Do': {
        const name = operands[0];
        if (name?.kind === 'name' && depth < maxFormDepth)
          drawForm(name.value, scope, ctm, depth, out);
        break;
      }
    }
    operands = [];
  }
}

function drawForm(name: string, scope: Scope, ctm: Matrix, depth: number, out: Piece[]): void {
  const objects = scope.resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const form = objects?.lookupMaybe(PDFName.of(name), PDFStream);
  if (!form || form.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form') return;
  const matrix = form.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray);
  const values = matrix?.asArray().map((v) => Number(v.toString()));
  const formMatrix =
    values?.length === 6 && values.every(Number.isFinite) ? (values as Matrix) : identity;
  const resources = form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? scope.resources;
  collectPieces({
    data: pdfStreamBytes(form),
    scope: { ...scope, resources, fonts: new Map() },
    ctm: multiply(formMatrix, ctm),
    depth: depth + 1,
    out,
  });
}
