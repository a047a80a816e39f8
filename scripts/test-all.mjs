// `npm test`: every check and every suite, ending with one plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The end-to-end tests need Chromium at ${chromium}, and the PDF tests need poppler's tools.\n` +
      'Install the Debian packages first:  apt-get install -y chromium poppler-utils\n' +
      'Nothing was skipped: the test run stops here.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;

function step(name, args) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  return result.status === 0;
}

function check(name, args) {
  if (step(name, args)) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${name} failed`);
  }
}

function suite(name, args, reportFile) {
  rmSync(reportFile, { force: true });
  const ok = step(name, [
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  if (!existsSync(reportFile)) {
    failed += 1;
    console.error(`✗ ${name} wrote no report`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // a suite that fails to load counts as a failure even when none of its tests ran
  if (!ok && report.numFailedTests === 0) failed += 1;
}

check('typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', ['eslint', '.', '--max-warnings', '0']);
check('format', ['prettier', '--check', '.']);
// bytes only: times stay in `npm run bench`; builds dist when it is stale, the e2e suite reuses it
check('byte budgets', ['tsx', 'scripts/check-size.ts']);
suite('unit and component tests', ['vitest', 'run'], 'artifacts/unit-report.json');
suite(
  'end-to-end tests (Chromium)',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts'],
  'artifacts/e2e-report.json',
);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
