// The chain of cross-reference sections a PDF reader follows from `startxref` through each `/Prev`.
// pdf-lib reads a file front to back and never follows it, but other readers (poppler's pdftotext in
// the command line) do: a chain that loops, or runs longer than any report's, is refused first.
import { pdfStructureLimits } from '../../domain/files/file-limits';
import type { PdfLimitProblem } from '../../domain/files/pdf-error';

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));

const trailerBytes = [...'trailer'].map((char) => char.charCodeAt(0));

/** Where `trailer` next stands after `offset`, without decoding the (possibly long) table before it. */
function trailerAt(bytes: Uint8Array, offset: number): number {
  for (let at = bytes.indexOf(0x74, offset); at >= 0; at = bytes.indexOf(0x74, at + 1)) {
    if (trailerBytes.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

/** The offset of the next section: the `/Prev` of a table's trailer or of an xref stream's dictionary. */
function previousOffset(bytes: Uint8Array, offset: number): number | undefined {
  const head = ascii(bytes, offset, 16).trimStart();
  let dict: string;
  if (head.startsWith('xref')) {
    const trailer = trailerAt(bytes, offset);
    if (trailer < 0) return undefined;
    dict = ascii(bytes, trailer, 4096).split('startxref')[0] ?? '';
  } else if (/^\d+\s+\d+\s+obj/.test(head)) {
    dict = ascii(bytes, offset, 4096).split('stream')[0] ?? '';
  } else return undefined;
  const prev = /\/Prev\s+(\d+)/.exec(dict)?.[1];
  return prev === undefined ? undefined : Number(prev);
}

/** What is wrong with the file's chain of cross-reference sections; undefined when nothing is. */
export function xrefChainProblem(bytes: Uint8Array): PdfLimitProblem | undefined {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const last = [...tail.matchAll(/startxref\s+(\d+)/g)].at(-1);
  let offset = last ? Number(last[1]) : undefined;
  const seen = new Set<number>();
  while (offset !== undefined && offset < bytes.length) {
    if (seen.has(offset)) return { code: 'pdf-structure', problem: 'xref-cycle', limit: null };
    seen.add(offset);
    if (seen.size > pdfStructureLimits.xrefSections) {
      return {
        code: 'pdf-structure',
        problem: 'xref-sections',
        limit: pdfStructureLimits.xrefSections,
      };
    }
    offset = previousOffset(bytes, offset);
  }
  return undefined;
}
