import type { jsPDF } from 'jspdf';

type KeyValue = { key: string; value: string | number };

/** The part of jsPDF's internal writer that its own plugins use to add objects (not in its typings). */
export type JsPdfWriter = {
  events: jsPDF['internal']['events'];
  newObject: () => number;
  write: (...parts: string[]) => void;
  putStream: (options: {
    data: string;
    filters: string[];
    objectId: number;
    additionalKeyValues: KeyValue[];
  }) => void;
};

function isWriter(value: Record<string, unknown>): boolean {
  return ['newObject', 'write', 'putStream'].every((key) => typeof value[key] === 'function');
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

/** A PDF date string in UTC, e.g. `(D:20260320100000Z)`. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `(D:${digits}Z)`;
}
