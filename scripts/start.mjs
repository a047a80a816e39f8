// One command from a fresh clone: install what is missing, build, serve the production build.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const port = 4321;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const result = spawnSync(npm, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const lockTime = existsSync('package-lock.json') ? statSync('package-lock.json').mtimeMs : 0;
const installTime = existsSync('node_modules/.package-lock.json')
  ? statSync('node_modules/.package-lock.json').mtimeMs
  : -1;
if (installTime < lockTime) {
  console.log('Installing dependencies (npm ci)…');
  run(['ci', '--no-audit', '--no-fund']);
}

console.log('Building the app…');
run(['exec', '--', 'vite', 'build', '--logLevel', 'warn']);

console.log(`\nThe self-scan is served at http://127.0.0.1:${port}/  (Ctrl+C stops it)\n`);
const server = spawn(
  npm,
  ['exec', '--', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'inherit' },
);
server.on('exit', (code) => process.exit(code ?? 0));
