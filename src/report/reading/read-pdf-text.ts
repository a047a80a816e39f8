// The text of a PDF per page, for the printed-text check in the browser (the funder's worker): pdf-lib
// parses the file and pdf-text/ follows each page's text operators. Same output shape as the Node
// adapter around `pdftotext -layout` (scripts/lib/verify-pdf.ts). pdf.js does this too but took
// 40–80 ms a report against 2–5 ms here, and the funder screens hundreds at once.
import { PDFArray, PDFStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { loadPdf } from './load-pdf';
import { pdfStreamBytes } from './stream-bytes';
import { layoutLines } from './page-text/layout-lines';
import { collectPieces, newCMapCache, type Piece } from './page-text/page-text';

function pageStreams(page: PDFPage): PDFStream[] {
  const contents = page.node.Contents();
  if (contents instanceof PDFStream) return [contents];
  if (!(contents instanceof PDFArray)) return [];
  return contents
    .asArray()
    .map((ref) => page.doc.context.lookup(ref))
    .filter((stream): stream is PDFStream => stream instanceof PDFStream);
}

function pageText(page: PDFPage, cmaps: ReturnType<typeof newCMapCache>): string {
  const pieces: Piece[] = [];
  const scope = {
    context: page.doc.context,
    resources: page.node.Resources(),
    fonts: new Map(),
    cmaps,
  };
  // one page may split its content over several streams; they form one stream when joined
  const parts = pageStreams(page).map((stream) => pdfStreamBytes(stream, 'page'));
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length + 1;
    data[offset - 1] = 10;
  }
  collectPieces({ data, scope, out: pieces });
  return layoutLines(pieces).join('\n');
}

/** The PDF's text per page (lines joined by newlines); undefined when the file cannot be read. */
export async function readPdfText(bytes: Uint8Array): Promise<string[] | undefined> {
  try {
    const document = await loadPdf(bytes);
    const cmaps = newCMapCache();
    return document.getPages().map((page) => pageText(page, cmaps));
  } catch {
    return undefined;
  }
}
