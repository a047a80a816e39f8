import { readFileSync } from 'node:fs';
import { readPdfText } from '../src/report/read-pdf-text';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
let pages: string[] | undefined;
for (let r = 0; r < 10; r++) {
  const t0 = performance.now();
  pages = await readPdfText(bytes);
  console.log('ours', Math.round((performance.now() - t0) * 10) / 10);
}
console.log(pages?.slice(0, 3).join('\n\f\n'));
