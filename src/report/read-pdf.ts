import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { resultAttachmentName } from './attach-result';

export type AttachmentReadError = 'damaged-pdf' | 'no-attachment' | 'unreadable-attachment';

export type AttachmentRead =
  { ok: true; text: string } | { ok: false; code: AttachmentReadError; message: string };

const maxDepth = 8;

function nameText(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : undefined;
}

/** Walks an embedded-files name tree (Names pairs, or Kids) for the file spec of one name. */
function findInNameTree(node: PDFDict, name: string, depth = 0): PDFDict | undefined {
  if (depth > maxDepth) return undefined;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let index = 0; index + 1 < names.size(); index += 2) {
      if (nameText(names.lookup(index)) !== name) continue;
      const spec = names.lookup(index + 1);
      if (spec instanceof PDFDict) return spec;
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let index = 0; index < (kids?.size() ?? 0); index += 1) {
    const kid = kids?.lookup(index);
    const found = kid instanceof PDFDict ? findInNameTree(kid, name, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

function streamBytes(stream: PDFStream): Uint8Array {
  return stream instanceof PDFRawStream
    ? decodePDFRawStream(stream).decode()
    : stream.getContents();
}

function findAttachmentStream(document: PDFDocument): PDFStream | undefined {
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const spec = tree ? findInNameTree(tree, resultAttachmentName) : undefined;
  const embedded = spec?.lookupMaybe(PDFName.of('EF'), PDFDict);
  return embedded?.lookupMaybe(PDFName.of('F'), PDFStream);
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The `selfscan-result.json` attachment of a report PDF as text (catalog → Names → EmbeddedFiles). */
export async function extractResultAttachment(bytes: Uint8Array): Promise<AttachmentRead> {
  let stream: PDFStream | undefined;
  try {
    const document = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    stream = findAttachmentStream(document);
  } catch (error) {
    return {
      ok: false,
      code: 'damaged-pdf',
      message: `This is not a readable PDF (${describeError(error)}).`,
    };
  }
  if (!stream) {
    return {
      ok: false,
      code: 'no-attachment',
      message: `The PDF has no attachment named ${resultAttachmentName}.`,
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(streamBytes(stream)),
    };
  } catch (error) {
    return {
      ok: false,
      code: 'unreadable-attachment',
      message: `The attachment ${resultAttachmentName} cannot be read (${describeError(error)}).`,
    };
  }
}
