import type { Piece } from './page-text';

/** Two pieces on baselines closer than this (points) are on one line. */
const sameLine = 2;

/**
 * Lines of text from positioned pieces, top to bottom and left to right. Pieces of one line are
 * joined by two spaces, as `pdftotext -layout` separates columns: a title and its score stay apart.
 */
export function layoutLines(pieces: readonly Piece[]): string[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.y ?? 0) - piece.y) <= sameLine) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((piece) => piece.text)
      .join('  '),
  );
}
