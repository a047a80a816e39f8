import { readFileSync } from 'node:fs';
import { PDFDocument, PDFDict, PDFName, PDFStream } from 'pdf-lib';
import { streamData } from '../src/report/pdf-text/page-text';
import { parseToUnicode } from '../src/report/pdf-text/to-unicode';
import { readPdfText } from '../src/report/read-pdf-text';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let r = 0; r < 12; r++) {
  const t0 = performance.now();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const t1 = performance.now();
  const fonts = doc.getPages()[0]!.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  let size = 0,
    n = 0;
  for (const [, v] of fonts.entries()) {
    const f = doc.context.lookup(v) as PDFDict;
    const tu = f.lookupMaybe(PDFName.of('ToUnicode'), PDFStream)!;
    const d = streamData(tu);
    size += d.length;
    n += parseToUnicode(d).map.size;
  }
  const t2 = performance.now();
  await readPdfText(bytes);
  const t3 = performance.now();
  console.log(
    'load',
    (t1 - t0).toFixed(1),
    'tounicode',
    (t2 - t1).toFixed(1),
    size,
    n,
    'all',
    (t3 - t2).toFixed(1),
  );
}
