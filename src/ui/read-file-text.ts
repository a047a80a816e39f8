import { decodeFileBytes, type TextDecodeResult } from '../domain/files/decode-text';

/**
 * Reads a chosen file as UTF-8 text, checking `file.size` before a byte is read: a 50 MB file is
 * refused without loading it. The decoding is the command line's too (byte-order mark dropped,
 * Latin-1 and binary refused).
 */
export async function readFileText(
  file: Blob,
  { maxBytes }: { maxBytes: number },
): Promise<TextDecodeResult> {
  if (file.size >= maxBytes) {
    return {
      ok: false,
      error: { code: 'unreadable', reason: 'too-large', bytes: file.size, limit: maxBytes },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'unreadable', reason: 'cannot-open' } };
  }
  return decodeFileBytes(bytes);
}
