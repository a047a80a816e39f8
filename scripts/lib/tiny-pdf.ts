// A PDF written by hand, object by object, with a correct cross-reference table: for files no PDF
// library would write (bombs, cycles, loops), so each breaks exactly one thing.
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

/** One indirect object: its dictionary or value, and an optional stream (written as it is). */
export type TinyObject = { body: string; stream?: Uint8Array };

/** The bytes of a PDF 1.7 whose objects are numbered from 1; `trailer` adds entries (e.g. `/Prev`). */
export function tinyPdf({
  objects,
  trailer = '',
  prevIsSelf = false,
}: {
  objects: TinyObject[];
  trailer?: string;
  /** the trailer's `/Prev` points at this very table: a chain that loops */
  prevIsSelf?: boolean;
}): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]?.length ?? 0;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const offsets: number[] = [];
  objects.forEach(({ body, stream }, index) => {
    offsets.push(length);
    if (!stream) {
      push(latin1(`${index + 1} 0 obj\n${body}\nendobj\n`));
      return;
    }
    const dict = body.replace(/>>\s*$/, ` /Length ${stream.length} >>`);
    push(latin1(`${index + 1} 0 obj\n${dict}\nstream\n`));
    push(stream);
    push(latin1('\nendstream\nendobj\n'));
  });
  const xrefAt = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  const prev = prevIsSelf ? ` /Prev ${xrefAt}` : '';
  push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows.join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${prev}${trailer} >>\n` +
        `startxref\n${xrefAt}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
