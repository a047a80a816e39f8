// The harness over the bad-file corpus: every case for one import path, with the file's path on disk
// (the two large files are made in a temporary folder on first use) and what the path must answer.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { writeLargeBadFiles } from '../../scripts/make-bad-fixtures';
import { badCases, type BadCase, type Expectation, type ImportPath } from '../fixtures/bad/index';

export { badCases, importPaths, jsonPaths, rtlName, scriptName } from '../fixtures/bad/index';
export type { BadCase, Expectation, ImportPath } from '../fixtures/bad/index';

// a path, not `new URL(…)`: under jsdom the global URL is jsdom's, which fileURLToPath refuses
const smallDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bad');
const largeDir = join(tmpdir(), 'ck-bad-fixtures');

/** Makes the 50 MB file and the 100,000-level nesting once per machine; returns their folder. */
export function ensureLargeBadFiles(): string {
  const large = join(largeDir, 'too-large.json');
  if (!existsSync(large) || statSync(large).size < 50 * 1024 * 1024) writeLargeBadFiles(largeDir);
  return largeDir;
}

export type BadFile = {
  id: string;
  what: string;
  name: string;
  path: string;
  expected: Expectation;
};

/** Every case of the corpus that has a file for this import path. */
export function badFilesFor(importPath: ImportPath, cases: BadCase[] = badCases): BadFile[] {
  return cases.flatMap((c) => {
    const name = c.files[importPath];
    const expected = c.expect[importPath];
    if (!name || !expected) return [];
    const path = join(c.isLarge ? largeDir : smallDir, name);
    return [{ id: c.id, what: c.what, name, path, expected }];
  });
}

/** The bytes of a corpus file (making the large ones first when needed). */
export function badFileBytes(file: BadFile): Uint8Array<ArrayBuffer> {
  if (file.path.startsWith(largeDir)) ensureLargeBadFiles();
  return Uint8Array.from(readFileSync(file.path));
}

/** Registers one test per corpus case for an import path: `run` feeds the file and checks the answer. */
export function forEachBadFile(
  importPath: ImportPath,
  run: (file: BadFile) => Promise<void> | void,
  options: { timeout?: number; cases?: BadCase[] } = {},
): void {
  it.each(badFilesFor(importPath, options.cases).map((file) => [file.id, file] as const))(
    `${importPath}: %s`,
    async (_id, file) => {
      if (file.path.startsWith(largeDir)) ensureLargeBadFiles();
      await run(file);
    },
    options.timeout ?? 30_000,
  );
}
