import { readFileSync } from 'node:fs';
import {
  PDFDocument,
  PDFName,
  PDFDict,
  PDFRawStream,
  decodePDFRawStream,
  PDFArray,
  PDFRef,
} from 'pdf-lib';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const doc = await PDFDocument.load(bytes, { updateMetadata: false });
const page = doc.getPages()[1]!;
const contents = page.node.Contents();
const streams =
  contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
for (const s of streams) {
  const text = new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode());
  console.log(text.slice(0, 3000));
}
const res = page.node.Resources()!;
const fonts = res.lookup(PDFName.of('Font'), PDFDict);
for (const [k, v] of fonts.entries()) {
  const f = doc.context.lookup(v) as PDFDict;
  console.log(
    k.toString(),
    f.get(PDFName.of('Subtype'))?.toString(),
    f.get(PDFName.of('Encoding'))?.toString(),
    f.get(PDFName.of('ToUnicode')) ? 'tounicode' : '',
  );
}
