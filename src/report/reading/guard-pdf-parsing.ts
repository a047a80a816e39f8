// pdf-lib unpacks object streams and cross-reference streams while it parses a file, with no limit on
// their size. These guards sit in front of its two stream parsers: a stream over its cap, or an
// object stream claiming more objects than any report has, is not parsed, and the refusal is kept for
// the file (its PDFContext), for loadPdf to report once parsing is done. (Throwing would not do:
// pdf-lib catches errors of single objects and words them as its own.) Arrays and dictionaries
// nested deeper than the nesting limit are refused the same way, kept for the file's bytes, since
// that refusal ends the parse (pdf-lib parses them by recursion, and words a stack overflow as an
// invalid object).
import {
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFObjectStreamParser,
  PDFXRefStreamParser,
} from 'pdf-lib';
import type { PDFContext, PDFRawStream } from 'pdf-lib';
import { pdfStructureLimits } from '../../domain/files/file-limits';
import type { PdfLimitProblem } from '../../domain/files/pdf-error';
import { PdfLimitError } from './pdf-limit-error';
import { pdfStreamBytes } from './stream-bytes';

const refusals = new WeakMap<PDFContext, PdfLimitProblem>();

const nestingRefusals = new WeakMap<Uint8Array, PdfLimitProblem>();

/** The first limit a file met while pdf-lib parsed it; undefined when none. */
export const parsingRefusal = (context: PDFContext) => refusals.get(context);

/** Whether parsing these bytes stopped at arrays or dictionaries nested beyond the limit. */
export const nestingRefusal = (bytes: Uint8Array) => nestingRefusals.get(bytes);

/** Unpacks the stream within its cap; false (and the refusal kept) when it is over a limit. */
function isWithinLimits(stream: PDFRawStream): boolean {
  const context = stream.dict.context;
  if (refusals.has(context)) return false;
  const count = stream.dict.lookup(PDFName.of('N'));
  if (count instanceof PDFNumber && count.asNumber() > pdfStructureLimits.objects) {
    refusals.set(context, {
      code: 'pdf-structure',
      problem: 'objects',
      limit: pdfStructureLimits.objects,
    });
    return false;
  }
  try {
    pdfStreamBytes(stream, 'stream');
    return true;
  } catch (error) {
    // a damaged stream is left to pdf-lib, which judges it as before
    if (!(error instanceof PdfLimitError)) return true;
    refusals.set(context, error.problem);
    return false;
  }
}

const objectStreams = PDFObjectStreamParser.forStream;
const xrefStreams = PDFXRefStreamParser.forStream;
const skipped = { parseIntoContext: async () => {} } as unknown as PDFObjectStreamParser;
const noRefs = { parseIntoContext: () => [] } as unknown as PDFXRefStreamParser;

PDFObjectStreamParser.forStream = (stream, shouldWaitForTick) =>
  isWithinLimits(stream) ? objectStreams(stream, shouldWaitForTick) : skipped;
PDFXRefStreamParser.forStream = (stream) => (isWithinLimits(stream) ? xrefStreams(stream) : noRefs);

type NestedParsers = { parseArray: () => unknown; parseDict: () => unknown };
/** pdf-lib's parser holds its input in a ByteStream, which holds the bytes it was given. */
type ParserInput = { bytes: { bytes: Uint8Array } };

// parsing one object is synchronous, so one count serves every file
let depth = 0;
const parsers = PDFObjectParser.prototype as unknown as NestedParsers;
for (const method of ['parseArray', 'parseDict'] as const) {
  const parse = parsers[method];
  parsers[method] = function (this: NestedParsers & ParserInput) {
    depth += 1;
    try {
      if (depth > pdfStructureLimits.nesting) {
        const problem = {
          code: 'pdf-structure',
          problem: 'nesting',
          limit: pdfStructureLimits.nesting,
        } as const;
        nestingRefusals.set(this.bytes.bytes, problem);
        throw new PdfLimitError(problem);
      }
      return parse.call(this);
    } finally {
      depth -= 1;
    }
  };
}
