// Byte budgets for `npm test` (times stay in `npm run bench`): gzip kB of what the first load and
// each budgeted route load in all, cold, resolved from dist/index.html's entry through Vite's
// manifest. Builds first when dist is missing or older than the sources. Exit 1 when one is over.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBudgets } from './bench/budgets';
import { counted } from './lib/counted';
import { initialFiles, kB, readManifest, routeFiles, sizeOf } from './bench/bundle-files';

const distDir = 'dist';
const manifestPath = join(distDir, '.vite', 'manifest.json');

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    0,
  );
}

function buildIfStale(): void {
  const sources = [
    'src',
    'public',
    'questionnaires',
    'index.html',
    'vite.config.ts',
    'package-lock.json',
  ];
  const sourceTime = Math.max(...sources.map(newestChange));
  const builtTime = existsSync(manifestPath) ? statSync(manifestPath).mtimeMs : 0;
  if (builtTime >= sourceTime) return;
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('vite build failed');
}

function main(): number {
  buildIfStale();
  const manifest = readManifest(distDir);
  const budgets = readBudgets().size;
  let over = 0;
  for (const [name, budget] of Object.entries(budgets)) {
    const files = name === 'initial' ? initialFiles(manifest) : routeFiles(manifest, name);
    const size = kB(sizeOf(distDir, files.js).gzipBytes);
    const isOver = size > budget;
    if (isOver) over += 1;
    console.log(
      `${isOver ? '✗' : '✓'} ${name.padEnd(10)} ${String(size).padStart(6)} kB gzip, budget ${budget} kB (${files.js.length} files)`,
    );
  }
  if (over > 0) {
    console.log(`${counted(over, 'byte budget')} missed: see bench-budgets.json and BENCHMARKS.md`);
  }
  return over === 0 ? 0 : 1;
}

process.exitCode = main();
