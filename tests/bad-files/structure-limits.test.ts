// @vitest-environment node
// Each structure limit of a PDF (src/domain/files/file-limits.ts) on its own: a small PDF built here
// breaks exactly one limit by one step and is refused with that limit's own code, and the same PDF
// one step inside the limit is read. The hostile corpus (hostile.test.ts) holds the far-out cases.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfStructureLimits } from '../../src/domain/files/file-limits';
import { extractResultAttachment } from '../../src/report/reading/read-pdf';
import { tinyPdf, type TinyObject } from '../../scripts/lib/tiny-pdf';

const attachedText = '{"format":"ck-result"}';
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

/**
 * A report-shaped PDF: catalog (1), the embedded-files name tree (2), file spec (3) and attachment (4),
 * then `pages` as the page tree whose root is object 5, then `extra`. `names` replaces object 2.
 */
function pdfWith({
  pages = ['<< /Type /Pages /Kids [6 0 R] /Count 1 >>', '<< /Type /Page /Parent 5 0 R >>'],
  names = '<< /Names [(selfscan-result.json) 3 0 R] >>',
  extra = [],
}: {
  pages?: string[];
  names?: string;
  extra?: TinyObject[];
}): TinyObject[] {
  return [
    { body: '<< /Type /Catalog /Pages 5 0 R /Names << /EmbeddedFiles 2 0 R >> >>' },
    { body: names },
    { body: '<< /Type /Filespec /F (selfscan-result.json) /EF << /F 4 0 R >> >>' },
    { body: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', stream: deflateSync(attachedText) },
    ...pages.map((body) => ({ body })),
    ...extra,
  ];
}

const read = (objects: TinyObject[]) => extractResultAttachment(tinyPdf({ objects }));
const refusal = (problem: string, limit: number | null) => ({
  ok: false,
  error: { code: 'pdf-structure', problem, limit },
});
const isRead = { ok: true, text: attachedText };

/** A page tree of `count` pages, all kids of the root (5); pages are objects 6, 7, … */
function flatPages(count: number): string[] {
  const kids = Array.from({ length: count }, (_, i) => `${6 + i} 0 R`).join(' ');
  return [
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 5 0 R >>'),
  ];
}

/** A page tree whose one page sits `depth` levels below the root: a chain of Pages nodes. */
function deepPages(depth: number): string[] {
  const nodes = Array.from(
    { length: depth },
    (_, i) => `<< /Type /Pages /Kids [${6 + i} 0 R] /Count 1 >>`,
  );
  return [...nodes, '<< /Type /Page >>'];
}

/** An embedded-files name tree whose one leaf sits `depth` levels below its root (2). */
function deepNames(depth: number): { names: string; extra: TinyObject[] } {
  // the chain's nodes follow the one page (5, 6): objects 7, 8, …
  const kid = (i: number) => (i === 0 ? 2 : 6 + i);
  const node = (i: number) =>
    i === depth ? '<< /Names [(selfscan-result.json) 3 0 R] >>' : `<< /Kids [${kid(i + 1)} 0 R] >>`;
  return {
    names: node(0),
    extra: Array.from({ length: depth }, (_, i) => ({ body: node(i + 1) })),
  };
}

/**
 * The PDF with `updates` incremental updates appended, each a section whose `/Prev` is the one
 * before; `offsets` are the sections' places, the file's own table first.
 */
function withUpdates(bytes: Uint8Array, updates: number) {
  let out = new TextDecoder('latin1').decode(bytes);
  const offsets = [Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(out)?.[1])];
  for (let update = 1; update <= updates; update += 1) {
    const at = out.length;
    out +=
      `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 7 /Root 1 0 R /Prev ${offsets.at(-1)} >>\n` +
      `startxref\n${at}\n%%EOF\n`;
    offsets.push(at);
  }
  return { bytes: latin1(out), offsets };
}

describe('PDF structure limits, one at a time', { timeout: 60_000 }, () => {
  it('reads the report-shaped PDF these tests start from', async () => {
    expect(await read(pdfWith({}))).toEqual(isRead);
  });

  it(`pages: ${pdfStructureLimits.pages} are read, one more is refused as "pages"`, async () => {
    const { pages } = pdfStructureLimits;
    expect(await read(pdfWith({ pages: flatPages(pages) }))).toEqual(isRead);
    expect(await read(pdfWith({ pages: flatPages(pages + 1) }))).toEqual(refusal('pages', pages));
  });

  it(`nesting of the page tree: a page ${pdfStructureLimits.nesting} levels down is read, one deeper is refused`, async () => {
    const { nesting } = pdfStructureLimits;
    // the root is level 0: a page below `nesting - 1` Pages nodes under it is at level `nesting`
    expect(await read(pdfWith({ pages: deepPages(nesting) }))).toEqual(isRead);
    expect(await read(pdfWith({ pages: deepPages(nesting + 1) }))).toEqual(
      refusal('nesting', nesting),
    );
  });

  it(`nesting of the attachment's name tree: ${pdfStructureLimits.nesting} levels are read, one more is refused`, async () => {
    const { nesting } = pdfStructureLimits;
    expect(await read(pdfWith(deepNames(nesting)))).toEqual(isRead);
    expect(await read(pdfWith(deepNames(nesting + 1)))).toEqual(refusal('nesting', nesting));
  });

  it(`nesting of arrays and dictionaries: ${pdfStructureLimits.nesting} levels are read, one more is refused`, async () => {
    const { nesting } = pdfStructureLimits;
    const nested = (levels: number) => ({
      body: `${'[<< /A '.repeat(levels / 2)}1${' >>]'.repeat(levels / 2)}`,
    });
    expect(await read(pdfWith({ extra: [nested(nesting)] }))).toEqual(isRead);
    expect(await read(pdfWith({ extra: [nested(nesting + 2)] }))).toEqual(
      refusal('nesting', nesting),
    );
    expect(
      await read(
        pdfWith({ extra: [{ body: `${'['.repeat(nesting + 1)}${']'.repeat(nesting + 1)}` }] }),
      ),
    ).toEqual(refusal('nesting', nesting));
  });

  it('nesting so deep that parsing by recursion would overflow the stack is refused as "nesting"', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(await read(pdfWith({ extra: [{ body: deep }] }))).toEqual(
      refusal('nesting', pdfStructureLimits.nesting),
    );
  });

  it(`objects: one more than ${pdfStructureLimits.objects} is refused as "objects"`, async () => {
    const { objects } = pdfStructureLimits;
    // pdfWith holds six objects of its own; the limit itself is not read here, which would cost
    // another parse of 100,000 objects (seconds): the first test reads a file far below it
    const fill = Array.from({ length: objects - 5 }, () => ({ body: 'null' }));
    expect(await read(pdfWith({ extra: fill }))).toEqual(refusal('objects', objects));
  });

  it('objects: an object stream that claims more objects than the limit is refused unread', async () => {
    const { objects } = pdfStructureLimits;
    const stream = {
      body: `<< /Type /ObjStm /N ${objects + 1} /First 4 /Filter /FlateDecode >>`,
      stream: deflateSync('7 0 null'),
    };
    expect(await read(pdfWith({ extra: [stream] }))).toEqual(refusal('objects', objects));
  });

  it(`xref sections: a chain of ${pdfStructureLimits.xrefSections} is read, one more is refused`, async () => {
    const { xrefSections } = pdfStructureLimits;
    const base = tinyPdf({ objects: pdfWith({}) });
    // the file's own table and `xrefSections - 1` updates make `xrefSections` sections
    expect(await extractResultAttachment(withUpdates(base, xrefSections - 1).bytes)).toEqual(
      isRead,
    );
    expect(await extractResultAttachment(withUpdates(base, xrefSections).bytes)).toEqual(
      refusal('xref-sections', xrefSections),
    );
  });

  it('cycles: a chain of xref sections that comes back to an earlier one is refused as "xref-cycle"', async () => {
    // the file's table, then updates 1 and 2; update 1 is made to point at update 2: 2 → 1 → 2
    const { bytes, offsets } = withUpdates(tinyPdf({ objects: pdfWith({}) }), 2);
    const [table, first, second] = offsets;
    const text = new TextDecoder('latin1').decode(bytes);
    const from = `/Prev ${table} >>\nstartxref\n${first}\n`;
    // the same length, so that every offset stays right
    const to = `/Prev ${String(second).padStart(String(table).length, '0')} >>\nstartxref\n${first}\n`;
    expect(to).toHaveLength(from.length);
    expect(text).toContain(from);
    expect(await extractResultAttachment(latin1(text.replace(from, to)))).toEqual(
      refusal('xref-cycle', null),
    );
  });

  it('cycles: an xref section whose /Prev is itself is refused as "xref-cycle"', async () => {
    expect(
      await extractResultAttachment(tinyPdf({ objects: pdfWith({}), prevIsSelf: true })),
    ).toEqual(refusal('xref-cycle', null));
  });

  it('cycles: a page tree that contains itself is refused as "reference-cycle"', async () => {
    const pages = ['<< /Type /Pages /Kids [6 0 R] /Count 1 >>', '<< /Type /Pages /Kids [5 0 R] >>'];
    expect(await read(pdfWith({ pages }))).toEqual(refusal('reference-cycle', null));
  });

  it('cycles: a name tree that contains itself is refused as "reference-cycle"', async () => {
    expect(await read(pdfWith({ names: '<< /Kids [2 0 R] >>' }))).toEqual(
      refusal('reference-cycle', null),
    );
  });
});
