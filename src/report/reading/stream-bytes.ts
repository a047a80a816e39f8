import { unzlibSync } from 'fflate';
import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream, type PDFStream } from 'pdf-lib';

/** A stream whose only filter is FlateDecode without parameters (what jsPDF writes). */
function isPlainFlate(stream: PDFRawStream): boolean {
  if (stream.dict.has(PDFName.of('DecodeParms'))) return false;
  const filter = stream.dict.get(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  return only === PDFName.of('FlateDecode');
}

/**
 * One output buffer, reused: letting fflate grow a fresh buffer for every stream (by doubling and
 * copying) spent most of a browser worker's time allocating ArrayBuffers.
 */
let scratch = new Uint8Array(1 << 20);
const maxScratch = 1 << 26;

function inflate(data: Uint8Array): Uint8Array {
  for (;;) {
    const out = unzlibSync(data, { out: scratch });
    // a full buffer may mean the output was cut off: try again with a bigger one
    if (out.length < scratch.length) return out.slice();
    if (scratch.length >= maxScratch) return unzlibSync(data);
    scratch = new Uint8Array(scratch.length * 4);
  }
}

/**
 * A stream's decoded bytes. Plain Flate goes through fflate (several times faster than pdf-lib's
 * inflate, which reading hundreds of reports spends most of its time in); anything else, and any
 * stream fflate refuses, through pdf-lib's own decoders, which judge damaged data as before.
 */
export function pdfStreamBytes(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  if (isPlainFlate(stream)) {
    try {
      return inflate(stream.contents);
    } catch {
      // fall through: pdf-lib's lenient decoder decides what a damaged stream yields
    }
  }
  return decodePDFRawStream(stream).decode();
}
