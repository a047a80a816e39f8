import { readFileSync } from 'node:fs';
import { PDFDocument, PDFStream, PDFArray } from 'pdf-lib';
import { streamData } from '../src/report/pdf-text/page-text';
import { contentTokens } from '../src/report/pdf-text/content-tokens';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let r = 0; r < 8; r++) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const t0 = performance.now();
  const datas = doc.getPages().map((p) => {
    const c = p.node.Contents();
    return streamData(
      c instanceof PDFStream ? c : (doc.context.lookup((c as PDFArray).get(0)) as PDFStream),
    );
  });
  const t1 = performance.now();
  let n = 0;
  for (const d of datas) for (const _ of contentTokens(d)) n++;
  const t2 = performance.now();
  console.log(
    'decode',
    (t1 - t0).toFixed(1),
    datas.reduce((s, d) => s + d.length, 0),
    'tokens',
    n,
    (t2 - t1).toFixed(1),
  );
}
