import { readFileSync } from 'node:fs';
import { readPdfText } from '../src/report/read-pdf-text';
import { extractResultAttachment } from '../src/report/read-pdf';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let r = 0; r < 15; r++) {
  const t0 = performance.now();
  await readPdfText(bytes);
  const t1 = performance.now();
  await extractResultAttachment(bytes);
  const t2 = performance.now();
  console.log('pdfjs', Math.round(t1 - t0), 'pdflib', Math.round(t2 - t1));
}
