import type { jsPDF } from 'jspdf';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { jsPdfWriter, pdfDate, pdfString, toBinaryString } from './pdf-objects';

/** The attachment's name (DESIGN.md): funders' tools and `selfscan verify` look for it. */
export const resultAttachmentName = 'selfscan-result.json';

/**
 * Makes jsPDF write the result file as an embedded file while it writes the PDF: an EmbeddedFile
 * stream (Flate), its file specification, and the catalog's /Names /EmbeddedFiles tree (and /AF),
 * through jsPDF's own plugin events. Call before `doc.output()`. Dates come from the scan, so the
 * same result gives the same bytes.
 */
export function attachResult({ doc, result }: { doc: jsPDF; result: ResultFile }): void {
  const writer = jsPdfWriter(doc);
  const bytes = new TextEncoder().encode(`${JSON.stringify(result, null, 2)}\n`);
  const date = pdfDate(new Date(result.scan.closedAt ?? result.scan.startedAt));
  const name = pdfString(resultAttachmentName);
  let specId = 0;
  writer.events.subscribe('postPutResources', () => {
    const fileId = writer.newObject();
    writer.putStream({
      data: toBinaryString(bytes),
      filters: ['FlateEncode'],
      objectId: fileId,
      additionalKeyValues: [
        { key: 'Type', value: '/EmbeddedFile' },
        { key: 'Subtype', value: '/application#2Fjson' },
        {
          key: 'Params',
          value: `<< /Size ${bytes.length} /CreationDate ${date} /ModDate ${date} >>`,
        },
      ],
    });
    writer.write('endobj');
    specId = writer.newObject();
    writer.write(
      `<< /Type /Filespec /F ${name} /UF ${name} /EF << /F ${fileId} 0 R /UF ${fileId} 0 R >>`,
      `/Desc ${pdfString(`ck-result ${result.digest}`)} /AFRelationship /Data >>`,
    );
    writer.write('endobj');
  });
  writer.events.subscribe('putCatalog', () => {
    writer.write(`/Names << /EmbeddedFiles << /Names [${name} ${specId} 0 R] >> >>`);
    writer.write(`/AF [${specId} 0 R]`);
  });
}
