import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readResultFile, type ResultFile } from '../../src/domain/files';
import { repoRoot } from './processes';

export const fixtureDir = join(repoRoot, 'tests/fixtures/results');
export const fixtureNames = readdirSync(fixtureDir).filter((name) => name.endsWith('.result.json'));

/** A fixture result file, read through the real reader. */
export function fixtureResult(name: string): ResultFile {
  const read = readResultFile(readFileSync(join(fixtureDir, name), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.error.code}`);
  return read.file;
}
