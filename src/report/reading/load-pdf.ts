import { PDFDocument } from 'pdf-lib';
import { pdfStructureLimits } from '../../domain/files/file-limits';
import { nestingRefusal, parsingRefusal } from './guard-pdf-parsing';
import { PdfLimitError } from './pdf-limit-error';
import { xrefChainProblem } from './xref-chain';

// The screening reads one PDF twice (its attachment, then its printed text): parse it once.
const loaded = new WeakMap<Uint8Array, Promise<PDFDocument>>();

async function parse(bytes: Uint8Array): Promise<PDFDocument> {
  const chain = xrefChainProblem(bytes);
  if (chain) throw new PdfLimitError(chain);
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    const nesting = nestingRefusal(bytes);
    throw nesting ? new PdfLimitError(nesting) : error;
  }
  const refused = parsingRefusal(document.context);
  if (refused) throw new PdfLimitError(refused);
  if (document.context.enumerateIndirectObjects().length > pdfStructureLimits.objects) {
    throw new PdfLimitError({
      code: 'pdf-structure',
      problem: 'objects',
      limit: pdfStructureLimits.objects,
    });
  }
  return document;
}

/**
 * The parsed document of these bytes (strict: an invalid object fails), parsed once per byte array.
 * A file over one of its limits (file-limits.ts) fails with a PdfLimitError that says which.
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  let document = loaded.get(bytes);
  if (!document) {
    document = parse(bytes);
    loaded.set(bytes, document);
  }
  return document;
}
