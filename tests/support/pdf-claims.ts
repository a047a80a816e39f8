// Test-only: reading a report PDF's tagging back with poppler, and holding a PDF to its PDF/A-3b and
// PDF/UA-1 claims (the checks `selfscan verify --pdfa` makes, scripts/lib/pdfa-checks.ts).
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { checkPdfaClaims } from '../../scripts/lib/pdfa-checks';

function poppler(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return run.stdout;
}

/** Fails, naming each failed check, unless the PDF has all that its PDF/A and PDF/UA claims need. */
export async function expectPdfaClaims(bytes: Uint8Array): Promise<void> {
  const failed = (await checkPdfaClaims(bytes)).filter((check) => !check.ok);
  expect(failed.map((check) => `${check.name}: ${check.detail}`)).toEqual([]);
}

type StructureLine = { type: string; texts: string[] };
// poppler's -struct-text takes seconds of CPU a report (it reads the page once per MCID): once a file
const structures = new Map<string, StructureLine[]>();

/** The structure tree as `pdfinfo -struct-text` prints it: each element type and text, in order. */
export function structureLines(path: string): StructureLine[] {
  const known = structures.get(path);
  if (known) return known;
  const elements: StructureLine[] = [];
  structures.set(path, elements);
  for (const line of poppler('pdfinfo', ['-struct-text', path]).split('\n')) {
    const quoted = /^\s*"(.*)"$/.exec(line);
    if (quoted) elements.at(-1)?.texts.push(quoted[1] ?? '');
    const element = /^\s*([A-Za-z0-9]+)(:| \(|$)/.exec(line);
    if (!quoted && element && !line.trim().startsWith('/'))
      elements.push({ type: element[1] ?? '', texts: [] });
  }
  return elements;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** Every word the structure tree holds, in reading order. */
export function structureWords(path: string): string[] {
  return structureLines(path).flatMap((element) => element.texts.flatMap(words));
}

/** Every word pdftotext finds on the pages, without the running footer (`footer` and page number). */
export function bodyWords(path: string, footer: RegExp): string[] {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])
    .split('\n')
    .filter((line) => !footer.test(line))
    .flatMap(words);
}

/** The texts of the elements of one type, in reading order (e.g. every H2). */
export function structureTexts(path: string, type: string): string[] {
  return structureLines(path)
    .filter((element) => element.type === type)
    .map((element) => element.texts.join(' '));
}

/** Words as a sorted list, to compare two texts' words regardless of layout order. */
export const sortedWords = (list: string[]) => [...list].sort();
