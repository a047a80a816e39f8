// The hostile files of issue 27, made at test time (tests/fixtures/bad/hostile.ts lists what each must
// answer): PDFs that unpack to gigabytes or loop back on themselves, and result files far larger than
// any real one. None is committed; `npx tsx scripts/make-hostile-fixtures.ts <dir>` writes them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { unpackLimits } from '../src/domain/files/file-limits';
import { flateBomb } from './lib/flate-bomb';
import { tinyPdf, type TinyObject } from './lib/tiny-pdf';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const gigabytes = 1024 ** 3;

/** An intact result file, as text (its digest holds). */
const intactResult = () =>
  readFileSync(join(here, 'tests/fixtures/results/oogst-food-path-a.result.json'), 'utf8');

const page = (contents: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} >>`;

/**
 * A report-shaped PDF: catalog (1), page tree (2), one page (3) with its content (4), and the result
 * attached as `selfscan-result.json` (5, 6); `swap` replaces objects by number.
 */
function reportShaped({
  attachment = deflateSync(intactResult()),
  content = deflateSync('BT /F1 12 Tf 72 720 Td (Zelfscan) Tj ET'),
  pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  extra = [],
}: {
  attachment?: Uint8Array;
  content?: Uint8Array;
  pages?: string;
  extra?: TinyObject[];
}): TinyObject[] {
  return [
    {
      body: '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(selfscan-result.json) 5 0 R] >> >> >>',
    },
    { body: pages },
    { body: page('4 0 R') },
    { body: '<< /Filter /FlateDecode >>', stream: content },
    { body: '<< /Type /Filespec /F (selfscan-result.json) /EF << /F 6 0 R >> >>' },
    {
      body: '<< /Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode >>',
      stream: attachment,
    },
    ...extra,
  ];
}

/** Every hostile file by name. */
export function hostileFiles(): Record<string, Uint8Array> {
  const result = intactResult();
  const parsed = JSON.parse(result) as { responses: unknown[]; collective: object };
  const manyPages = Array.from({ length: 10_000 }, (_, i) => `${i + 7} 0 R`).join(' ');
  return {
    'bomb-attachment.pdf': tinyPdf({
      objects: reportShaped({ attachment: flateBomb({ bytes: 2 * gigabytes }) }),
    }),
    'bomb-page.pdf': tinyPdf({
      objects: reportShaped({ content: flateBomb({ bytes: 2 * gigabytes }) }),
    }),
    'bomb-object-stream.pdf': tinyPdf({
      objects: reportShaped({
        extra: [
          {
            body: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>',
            stream: flateBomb({ bytes: 2 * gigabytes }),
          },
        ],
      }),
    }),
    // the page tree's only kid is a page tree whose only kid is the first
    'reference-cycle.pdf': tinyPdf({
      objects: reportShaped({
        pages: '<< /Type /Pages /Kids [7 0 R] /Count 1 >>',
        extra: [{ body: '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>' }],
      }),
    }),
    'ten-thousand-pages.pdf': tinyPdf({
      objects: reportShaped({
        pages: `<< /Type /Pages /Kids [3 0 R ${manyPages}] /Count 10001 >>`,
        extra: Array.from({ length: 10_000 }, () => ({
          body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
        })),
      }),
    }),
    'xref-loop.pdf': tinyPdf({ objects: reportShaped({}), prevIsSelf: true }),
    'whitespace-10mb.result.json': new TextEncoder().encode(result + ' \n'.repeat(5 * 1024 * 1024)),
    'string-50mb.result.json': new TextEncoder().encode(
      JSON.stringify({
        ...parsed,
        collective: { ...parsed.collective, name: 'x'.repeat(50 * 1024 * 1024) },
      }),
    ),
    'respondents-200k.result.json': new TextEncoder().encode(
      JSON.stringify({
        ...parsed,
        responses: Array.from({ length: 200_000 }, (_, i) => ({
          respondentId: `r${i}`,
          answers: {},
        })),
      }),
    ),
  };
}

/**
 * A report that is honestly slow to read, within every limit: its result is intact, but each of its
 * `pages` pages shows the same 4 MB of one-letter text pieces, one per line (about 700,000 a page),
 * which the printed-text check lays out one by one: seconds a page. For the time limit per file.
 */
export function slowReportPdf({ pages = 7 }: { pages?: number } = {}): Uint8Array {
  const piece = "(a) '\n";
  const text =
    'BT /F1 1 Tf 0 800 Td 0 TL\n' + piece.repeat((unpackLimits.page - 64) / piece.length);
  const more = Array.from({ length: pages - 1 }, (_, i) => `${i + 7} 0 R`).join(' ');
  return tinyPdf({
    objects: reportShaped({
      content: deflateSync(text),
      pages: `<< /Type /Pages /Kids [3 0 R ${more}] /Count ${pages} >>`,
      extra: Array.from({ length: pages - 1 }, () => ({ body: page('4 0 R') })),
    }),
  });
}

/** Writes every hostile file into `dir` (made if missing); returns their paths by name. */
export function writeHostileFiles(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(hostileFiles())) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/make-hostile-fixtures.ts <dir>');
  console.log(Object.values(writeHostileFiles(dir)).join('\n'));
}
