import { PDFArray, PDFDict, PDFHexString, PDFName, PDFStream, PDFString } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { decodeFileBytes } from '../../domain/files/decode-text';
import { fileLimits, pdfStructureLimits } from '../../domain/files/file-limits';
import type { PdfError } from '../../domain/files/pdf-error';
import { resultAttachmentName } from '../pdf/attach-result';
import { checkPdfStructure } from './check-pdf-structure';
import { loadPdf } from './load-pdf';
import { PdfLimitError } from './pdf-limit-error';
import { pdfStreamBytes } from './stream-bytes';

export type { PdfError } from '../../domain/files/pdf-error';

export type AttachmentRead = { ok: true; text: string } | { ok: false; error: PdfError };

function nameText(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : undefined;
}

/**
 * Walks an embedded-files name tree (Names pairs, or Kids) for the file spec of one name; a tree
 * that contains itself, or nests deeper than any report's, is refused.
 */
function findInNameTree(
  node: PDFDict,
  name: string,
  depth = 0,
  seen = new Set<PDFDict>(),
): PDFDict | undefined {
  if (depth > pdfStructureLimits.nesting) {
    throw new PdfLimitError({
      code: 'pdf-structure',
      problem: 'nesting',
      limit: pdfStructureLimits.nesting,
    });
  }
  if (seen.has(node)) {
    throw new PdfLimitError({ code: 'pdf-structure', problem: 'reference-cycle', limit: null });
  }
  seen.add(node);
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      if (nameText(names.lookup(index)) !== name) continue;
      const spec = names.lookup(index + 1);
      if (spec instanceof PDFDict) return spec;
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let index = 0; index < (kids?.size() ?? 0); index += 1) {
    const kid = kids?.lookup(index);
    const found = kid instanceof PDFDict ? findInNameTree(kid, name, depth + 1, seen) : undefined;
    if (found) return found;
  }
  return undefined;
}

function findAttachmentStream(document: PDFDocument): PDFStream | undefined {
  checkPdfStructure(document);
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const spec = tree ? findInNameTree(tree, resultAttachmentName) : undefined;
  const embedded = spec?.lookupMaybe(PDFName.of('EF'), PDFDict);
  return embedded?.lookupMaybe(PDFName.of('F'), PDFStream);
}

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the bytes start like a PDF (within the first kilobyte, as readers allow). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let start = 0; start + pdfMagic.length <= head.length; start += 1) {
    if (pdfMagic.every((byte, i) => head[start + i] === byte)) return true;
  }
  return false;
}

/** The `selfscan-result.json` attachment of a report PDF as text (catalog → Names → EmbeddedFiles). */
export async function extractResultAttachment(bytes: Uint8Array): Promise<AttachmentRead> {
  if (bytes.length > fileLimits.pdf) {
    return {
      ok: false,
      error: {
        code: 'unreadable',
        reason: 'too-large',
        bytes: bytes.length,
        limit: fileLimits.pdf,
      },
    };
  }
  if (!looksLikePdf(bytes)) return { ok: false, error: { code: 'not-pdf' } };
  let stream: PDFStream | undefined;
  try {
    stream = findAttachmentStream(await loadPdf(bytes));
  } catch (error) {
    if (error instanceof PdfLimitError) return { ok: false, error: error.problem };
    // pdf-lib's own words ("Cannot read properties of undefined …") mean nothing to a reader
    return { ok: false, error: { code: 'damaged-pdf' } };
  }
  if (!stream) return { ok: false, error: { code: 'no-attachment' } };
  let contents: Uint8Array;
  try {
    contents = pdfStreamBytes(stream, 'attachment');
  } catch (error) {
    if (error instanceof PdfLimitError) return { ok: false, error: error.problem };
    return { ok: false, error: { code: 'damaged-pdf' } };
  }
  const decoded = decodeFileBytes(contents);
  return decoded.ok ? decoded : { ok: false, error: decoded.error };
}
