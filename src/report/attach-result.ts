import { PDFDocument } from 'pdf-lib';
import type { ResultFile } from '../domain/files/result-file-schema';

/** The attachment's name (DESIGN.md): funders' tools and `selfscan verify` look for it. */
export const resultAttachmentName = 'selfscan-result.json';

/** Adds the result file to a PDF as an embedded file; dates come from the scan, so output is reproducible. */
export async function attachResult({
  pdf,
  result,
}: {
  pdf: Uint8Array;
  result: ResultFile;
}): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(result.scan.closedAt ?? result.scan.startedAt);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  await document.attach(new TextEncoder().encode(json), resultAttachmentName, {
    mimeType: 'application/json',
    description: `ck-result ${result.digest}`,
    creationDate: date,
    modificationDate: date,
  });
  return document.save();
}
