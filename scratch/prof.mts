import { readFileSync } from 'node:fs';
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const t1 = performance.now();
  const times: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const s = performance.now();
    const page = await doc.getPage(n);
    const c = await page.getTextContent();
    times.push(Math.round(performance.now() - s));
    if (r === 0 && n === 2)
      for (const it of c.items.slice(0, 60))
        if ('str' in it)
          console.log(
            JSON.stringify(it.str),
            it.transform.map((v: number) => Math.round(v * 10) / 10).join(','),
            Math.round(it.width * 10) / 10,
            it.fontName,
          );
  }
  console.log('open', Math.round(t1 - t0), 'pages', times.join(' '));
  await task.destroy();
}
