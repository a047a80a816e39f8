import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream, type PDFStream } from 'pdf-lib';
import type { PDFContext } from 'pdf-lib';
import { unpackLimits, type UnpackPart } from '../../domain/files/file-limits';
import { inflateCapped, UnpackLimitError } from './capped-inflate';
import { PdfLimitError } from './pdf-limit-error';

/** A stream whose only filter is FlateDecode without parameters (what jsPDF writes). */
function isPlainFlate(stream: PDFRawStream): boolean {
  if (stream.dict.has(PDFName.of('DecodeParms'))) return false;
  const filter = stream.dict.get(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  return only === PDFName.of('FlateDecode');
}

/** The stream's filters in the order they are undone. */
function filtersOf(stream: PDFRawStream): PDFName[] {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter instanceof PDFName) return [filter];
  if (!(filter instanceof PDFArray)) return [];
  return filter.asArray().filter((name): name is PDFName => name instanceof PDFName);
}

// what one file has unpacked so far, across all its streams, for the whole-file cap
const unpackedPerFile = new WeakMap<PDFContext, number>();

/** Counts `bytes` more unpacked from the file of `context`; refuses past the whole-file cap. */
export function countUnpacked(context: PDFContext, bytes: number): void {
  const total = (unpackedPerFile.get(context) ?? 0) + bytes;
  unpackedPerFile.set(context, total);
  if (total > unpackLimits.file) {
    throw new PdfLimitError({ code: 'unpacks-too-large', part: 'file', limit: unpackLimits.file });
  }
}

function tooLarge(part: UnpackPart): PdfLimitError {
  return new PdfLimitError({ code: 'unpacks-too-large', part, limit: unpackLimits[part] });
}

/**
 * pdf-lib's own decoders, read no further than the cap. Its Flate decoder unpacks a whole deflate
 * block at once, and one block may be any size, so a Flate filter only reaches it after fflate has
 * unpacked the same data within the cap (a damaged stream fflate refuses part-way: pdf-lib then
 * decodes the same blocks up to the damage), and only as the first filter.
 */
function decodeWithPdfLib(stream: PDFRawStream, part: UnpackPart, checked: boolean): Uint8Array {
  const filters = filtersOf(stream);
  const flate = PDFName.of('FlateDecode');
  // no report has one; pdf-lib would unpack its blocks without a count
  if (filters.slice(1).includes(flate)) throw new Error('flate-after-another-filter');
  if (filters[0] === flate && !checked) {
    try {
      inflateCapped({ data: stream.contents, limit: unpackLimits[part] });
    } catch (error) {
      if (error instanceof UnpackLimitError) throw tooLarge(part);
    }
  }
  const limit = unpackLimits[part];
  const bytes = decodePDFRawStream(stream).getBytes(limit + 1);
  if (bytes.length > limit) throw tooLarge(part);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * A stream's decoded bytes, never more than the cap of its `part` (and of the whole file), else a
 * PdfLimitError. Plain Flate goes through fflate (several times faster than pdf-lib's inflate, which
 * reading hundreds of reports spends most of its time in); anything else, and any stream fflate
 * refuses as damaged, through pdf-lib's own decoders, which judge damaged data as before.
 */
export function pdfStreamBytes(stream: PDFStream, part: UnpackPart = 'stream'): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  let bytes: Uint8Array | undefined;
  if (isPlainFlate(stream)) {
    try {
      bytes = inflateCapped({ data: stream.contents, limit: unpackLimits[part] });
    } catch (error) {
      if (error instanceof UnpackLimitError) throw tooLarge(part);
      // damaged: pdf-lib's lenient decoder decides what it yields
    }
  }
  bytes ??= decodeWithPdfLib(stream, part, isPlainFlate(stream));
  countUnpacked(stream.dict.context, bytes.length);
  return bytes;
}
