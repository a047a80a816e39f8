import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readResultFile, type ResultFile } from '../../src/domain/files';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtureDir = join(repoRoot, 'tests/fixtures/results');
export const fixtureNames = readdirSync(fixtureDir).filter((name) => name.endsWith('.result.json'));

/** Runs `npm run selfscan -- …` the way a person would, without npm's own output. */
export function selfscan(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['scripts/selfscan.ts', ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fixture result file, read through the real reader. */
export function fixtureResult(name: string): ResultFile {
  const read = readResultFile(readFileSync(join(fixtureDir, name), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.error.code}`);
  return read.file;
}
