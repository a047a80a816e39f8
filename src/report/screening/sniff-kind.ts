import type { ScreenedFileKind } from '../../domain/screening/screen-status';

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** PDF readers accept the header anywhere in the first kilobyte. */
const pdfHeaderWindow = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - pdfMagic.length, pdfHeaderWindow);
  for (let start = 0; start <= end; start += 1) {
    if (pdfMagic.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}

/** The first byte that is not whitespace or a UTF-8 byte-order mark. */
function firstSignificant(bytes: Uint8Array): number | undefined {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index += 1;
  return bytes[index];
}

/** What a file is by its bytes (not its name): a PDF by its header, JSON by its opening bracket. */
export function sniffKind(bytes: Uint8Array): ScreenedFileKind {
  if (hasPdfHeader(bytes)) return 'pdf';
  const first = firstSignificant(bytes);
  return first === 0x7b || first === 0x5b ? 'json' : 'other';
}
