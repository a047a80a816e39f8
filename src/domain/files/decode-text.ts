import type { Unreadable } from './file-error';

export type TextDecodeResult = { ok: true; text: string } | { ok: false; error: Unreadable };

const byteOrderMark = '\uFEFF';

/** Drops a UTF-8 byte-order mark (as Windows Notepad writes it), so every reader sees the same text. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(byteOrderMark) ? text.slice(1) : text;
}

/**
 * Decodes a file's bytes as UTF-8, the one encoding our files use: the browser and the command line
 * share it, so a byte-order mark is dropped and Latin-1 or binary bytes are refused alike.
 */
export function decodeFileBytes(bytes: Uint8Array): TextDecodeResult {
  try {
    // ignoreBOM false: the decoder itself drops a leading byte-order mark
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: stripByteOrderMark(text) };
  } catch {
    return { ok: false, error: { code: 'unreadable', reason: 'not-text' } };
  }
}
