import type { jsPDF } from 'jspdf';

type KeyValue = { key: string; value: string | number };

/** The part of jsPDF's internal writer that its own plugins use to add objects (not in its typings). */
export type JsPdfWriter = {
  events: jsPDF['internal']['events'];
  newObject: () => number;
  /** an object number to write later, with `newObjectDeferredBegin(id, true)` */
  newObjectDeferred: () => number;
  newObjectDeferredBegin: (id: number, doOutput: boolean) => number;
  write: (...parts: string[]) => void;
  /** a page's object number, once the pages are written */
  getPageInfo: (page: number) => { objId: number };
  putStream: (options: {
    data: string;
    filters: string[];
    objectId: number;
    additionalKeyValues: KeyValue[];
  }) => void;
};

function isWriter(value: Record<string, unknown>): boolean {
  const keys = [
    'newObject',
    'newObjectDeferred',
    'newObjectDeferredBegin',
    'write',
    'putStream',
    'getPageInfo',
  ];
  return keys.every((key) => typeof value[key] === 'function');
}

/** jsPDF's internal writer, checked: a jsPDF release without it fails here, loudly, not later. */
export function jsPdfWriter(doc: jsPDF): JsPdfWriter {
  const internal: Record<string, unknown> = doc.internal;
  if (!isWriter(internal))
    throw new Error('This jsPDF has no internal writer to attach files with.');
  return internal as JsPdfWriter;
}

/** Bytes as a string of one character per byte, the form jsPDF writes streams in. */
export function toBinaryString(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    text += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return text;
}

/** A PDF literal string of printable ASCII, with `\`, `(` and `)` escaped. */
export function pdfString(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`Not printable ASCII: ${text}`);
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A PDF text string for any text: printable ASCII as a literal, anything else as UTF-16BE with a
 * byte-order mark in hex (ISO 32000-1 §7.9.2.2), so ĳ, € and curly quotes survive.
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return pdfString(text);
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** Text as UTF-16BE with a byte-order mark, one character per byte: jsPDF writes it as it is. */
export function utf16BinaryString(text: string): string {
  let binary = '\xfe\xff';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    binary += String.fromCharCode(code >> 8, code & 0xff);
  }
  return binary;
}

/** A PDF date string in UTC, e.g. `(D:20260320100000Z)`. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `(D:${digits}Z)`;
}
