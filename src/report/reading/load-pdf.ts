import { PDFDocument } from 'pdf-lib';

// The screening reads one PDF twice (its attachment, then its printed text): parse it once.
const loaded = new WeakMap<Uint8Array, Promise<PDFDocument>>();

/** The parsed document of these bytes (strict: an invalid object fails), parsed once per byte array. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  let document = loaded.get(bytes);
  if (!document) {
    document = PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    loaded.set(bytes, document);
  }
  return document;
}
