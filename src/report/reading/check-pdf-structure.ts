// A report's page tree and page contents against the limits of file-limits.ts, before anything walks
// them: pdf-lib's own walk recurses without a guard against a page tree that contains itself, and
// a page's content stream may unpack to gigabytes. Throws a PdfLimitError that says which limit.
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream } from 'pdf-lib';
import type { PDFDocument, PDFObject } from 'pdf-lib';
import { pdfStructureLimits, unpackLimits } from '../../domain/files/file-limits';
import type { PdfStructureProblem } from '../../domain/files/pdf-error';
import { PdfLimitError } from './pdf-limit-error';
import { pdfStreamBytes } from './stream-bytes';

const structure = (problem: Extract<PdfStructureProblem, 'pages' | 'nesting'>) =>
  new PdfLimitError({ code: 'pdf-structure', problem, limit: pdfStructureLimits[problem] });
const cycle = () =>
  new PdfLimitError({ code: 'pdf-structure', problem: 'reference-cycle', limit: null });

/** Every page leaf of the page tree, refusing cycles, depth and count beyond the limits. */
function pageLeaves(document: PDFDocument): PDFDict[] {
  const leaves: PDFDict[] = [];
  const seen = new Set<PDFObject>();
  const visit = (entry: PDFObject | undefined, depth: number) => {
    if (depth > pdfStructureLimits.nesting) throw structure('nesting');
    const node = entry instanceof PDFRef ? document.context.lookup(entry) : entry;
    if (!(node instanceof PDFDict)) return;
    if (seen.has(node)) throw cycle();
    seen.add(node);
    const kids = node.lookup(PDFName.of('Kids'));
    if (!(kids instanceof PDFArray)) {
      leaves.push(node);
      if (leaves.length > pdfStructureLimits.pages) throw structure('pages');
      return;
    }
    for (const kid of kids.asArray()) visit(kid, depth + 1);
  };
  visit(document.catalog.get(PDFName.of('Pages')), 0);
  return leaves;
}

/** The content streams of one page (one stream, or an array of them). */
function contentStreams(document: PDFDocument, page: PDFDict): PDFStream[] {
  const contents = page.lookup(PDFName.of('Contents'));
  const parts = contents instanceof PDFArray ? contents.asArray() : [contents];
  return parts
    .map((part) => (part instanceof PDFRef ? document.context.lookup(part) : part))
    .filter((stream): stream is PDFStream => stream instanceof PDFStream);
}

/** How many bytes a stream unpacks to; 0 when it is damaged, which the text readers judge. */
function unpackedLength(stream: PDFStream): number {
  try {
    return pdfStreamBytes(stream, 'page').length;
  } catch (error) {
    if (error instanceof PdfLimitError) throw error;
    return 0;
  }
}

/** Checks the page tree and unpacks every page's content within the page cap (the bytes are dropped). */
export function checkPdfStructure(document: PDFDocument): void {
  for (const page of pageLeaves(document)) {
    let pageBytes = 0;
    for (const stream of contentStreams(document, page)) {
      pageBytes += unpackedLength(stream);
      if (pageBytes > unpackLimits.page) {
        throw new PdfLimitError({
          code: 'unpacks-too-large',
          part: 'page',
          limit: unpackLimits.page,
        });
      }
    }
  }
}
