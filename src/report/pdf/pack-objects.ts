import { unzlibSync } from 'fflate';
import { deflate } from 'pako';

type PdfObject = { id: number; start: number; end: number };

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The objects jsPDF's classic cross-reference table lists, with their byte extents, and its trailer. */
function readClassicFile(text: string): { objects: PdfObject[]; trailer: string } {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const xrefAt = Number(startxref?.[1]);
  const table = /^xref\s+0 (\d+)\s+/.exec(text.slice(xrefAt));
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (!startxref || !table || trailerAt < 0)
    throw new Error('Not a PDF with a classic xref table.');
  const rows = text
    .slice(xrefAt + table[0].length, trailerAt)
    .trim()
    .split(/\s*\n/);
  const listed = rows
    .map((row, id) => ({ id, start: Number(row.slice(0, 10)), isUsed: row.endsWith('n') }))
    .filter(({ id, start, isUsed }) => id > 0 && isUsed && start > 0)
    .sort((a, b) => a.start - b.start);
  const objects = listed.map(({ id, start }, index) => ({
    id,
    start,
    end: listed[index + 1]?.start ?? xrefAt,
  }));
  return { objects, trailer: text.slice(trailerAt, startxref.index) };
}

/** The object's body without `N 0 obj` and `endobj`; undefined when it is a stream. */
function plainBody(text: string, object: PdfObject): string | undefined {
  const raw = text.slice(object.start, object.end);
  const header = `${object.id} 0 obj`;
  if (!raw.startsWith(header)) throw new Error(`Object ${object.id} is not where the xref says.`);
  if (/>>\s*stream\r?\n/.test(raw)) return undefined;
  return raw
    .slice(header.length)
    .replace(/\s*endobj\s*$/, '')
    .trim();
}

/**
 * zlib's own deflate at level 9 (pako is its JavaScript port, and jsPDF's PNG code brings it in
 * already): 5 % smaller than fflate's level 9 on the report's streams, and the same bytes in every
 * runtime, so the browser and the command line still write identical files.
 */
const squeeze = (bytes: Uint8Array): Uint8Array => deflate(bytes, { level: 9 });

/**
 * A stream object as jsPDF writes it (`N 0 obj << … /Length n … >> stream … endstream endobj`),
 * with its data compressed by `squeeze`: data without a filter gets `/Filter /FlateDecode` (jsPDF is
 * told not to compress, so each stream is deflated once), Flate data without decode parameters is
 * compressed again. The XMP metadata stays as it is (PDF/A wants it readable), and so does any
 * other stream, or one that would not shrink.
 */
function compressStream(object: Uint8Array): Uint8Array {
  const head = latin1(object.subarray(0, Math.min(object.length, 600)));
  const opening = /^\d+ 0 obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(head);
  const dictionary = opening?.[1] ?? '';
  const length = /\/Length (\d+)(?![\d ]*R)/.exec(dictionary);
  if (!opening || !length || /\/DecodeParms|\/Type\s*\/Metadata\b/.test(dictionary)) return object;
  const filter = /\/Filter\s*(\/\w+|\[[^\]]*\])/.exec(dictionary)?.[1];
  if (filter !== undefined && filter !== '/FlateDecode') return object;
  const dataStart = opening[0].length;
  const dataEnd = dataStart + Number(length[1]);
  if (!/^\r?\n?endstream/.test(latin1(object.subarray(dataEnd, dataEnd + 12)))) return object;
  const data = object.subarray(dataStart, dataEnd);
  const smaller = squeeze(filter ? unzlibSync(data) : data);
  if (smaller.length >= data.length) return object;
  const newHead = ascii(
    opening[0].replace(
      length[0],
      `/Length ${smaller.length}${filter ? '' : ' /Filter /FlateDecode'}`,
    ),
  );
  const out = new Uint8Array(newHead.length + smaller.length + object.length - dataEnd);
  out.set(newHead, 0);
  out.set(smaller, newHead.length);
  out.set(object.subarray(dataEnd), newHead.length + smaller.length);
  return out;
}

const trailerEntry = (trailer: string, key: string) =>
  new RegExp(`/${key}\\s+(\\d+ 0 R|\\[[^\\]]*\\])`).exec(trailer)?.[1];

/**
 * Rewrites a PDF as jsPDF writes it (classic xref table) as PDF 1.7 with every plain object in one
 * Flate-compressed object stream and a cross-reference stream (ISO 32000-1 §7.5.7, §7.5.8). Stream
 * objects keep their dictionaries and contents, compressed by `compressStream`. The structure tree
 * is hundreds of small objects: uncompressed, it alone would nearly double the report.
 * Deterministic: the same input gives the same bytes.
 */
export function packObjects(bytes: Uint8Array): Uint8Array {
  const text = latin1(bytes);
  const { objects, trailer } = readClassicFile(text);
  const root = trailerEntry(trailer, 'Root');
  const info = trailerEntry(trailer, 'Info');
  const fileId = trailerEntry(trailer, 'ID');
  if (!root) throw new Error('The trailer names no catalog.');
  const size = Math.max(0, ...objects.map((object) => object.id)) + 1;
  const streamId = size;
  const xrefId = size + 1;
  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (part: Uint8Array) => {
    parts.push(part);
    offset += part.length;
  };
  // type 1: [1, offset, 0]; type 2: [2, object stream, index]
  const entries = new Map<number, [number, number, number]>();

  push(ascii('%PDF-1.7\n%\xba\xdf\xac\xe0\n'));
  const packed: { id: number; body: string }[] = [];
  for (const object of objects) {
    const body = plainBody(text, object);
    if (body !== undefined) {
      packed.push({ id: object.id, body });
      continue;
    }
    entries.set(object.id, [1, offset, 0]);
    push(compressStream(bytes.subarray(object.start, object.end)));
  }

  let index = '';
  let data = '';
  packed.forEach(({ id, body }, position) => {
    index += `${id} ${data.length} `;
    data += `${body}\n`;
    entries.set(id, [2, streamId, position]);
  });
  const content = squeeze(ascii(index + data));
  entries.set(streamId, [1, offset, 0]);
  push(
    ascii(
      `${streamId} 0 obj\n<< /Type /ObjStm /N ${packed.length} /First ${index.length} /Filter /FlateDecode /Length ${content.length} >>\nstream\n`,
    ),
  );
  push(content);
  push(ascii('\nendstream\nendobj\n'));

  const xrefAt = offset;
  entries.set(xrefId, [1, xrefAt, 0]);
  const width = Math.max(2, Math.ceil(Math.log2(xrefAt + 1) / 8));
  const table = new Uint8Array((xrefId + 1) * (1 + width + 2));
  for (let id = 0; id <= xrefId; id += 1) {
    const [type, field2, field3] = entries.get(id) ?? (id === 0 ? [0, 0, 65535] : [0, 0, 0]);
    const at = id * (1 + width + 2);
    table[at] = type;
    for (let byte = 0; byte < width; byte += 1)
      table[at + 1 + byte] = Math.floor(field2 / 256 ** (width - 1 - byte)) % 256;
    table[at + 1 + width] = field3 >> 8;
    table[at + 2 + width] = field3 & 0xff;
  }
  const xref = squeeze(table);
  const trailerKeys = [`/Root ${root}`, info ? `/Info ${info}` : '', fileId ? `/ID ${fileId}` : '']
    .filter(Boolean)
    .join(' ');
  push(
    ascii(
      `${xrefId} 0 obj\n<< /Type /XRef /Size ${xrefId + 1} /W [1 ${width} 2] ${trailerKeys} /Filter /FlateDecode /Length ${xref.length} >>\nstream\n`,
    ),
  );
  push(xref);
  push(ascii(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`));

  const out = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
