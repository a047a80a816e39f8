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

// the smoke suite's other engines: missing ones fail the run (CI installs them), never skip
const engineBinaries = [
  ['/usr/bin/firefox-esr', 'firefox-esr'],
  ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
  ['/usr/bin/Xvfb', 'xvfb'],
];
const missingEngines = engineBinaries.filter(([path]) => !existsSync(path));

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
  const notLoaded = !ok && report.numFailedTests === 0 ? 1 : 0;
  failed += notLoaded;
  console.log(
    `${name}: ${report.numPassedTests} passed, ${report.numFailedTests + notLoaded} failed`,
  );
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
if (missingEngines.length > 0) {
  failed += 1;
  console.error(
    `✗ the smoke suite needs ${missingEngines.map(([path]) => path).join(', ')}.\n` +
      `  Install the Debian packages first:  apt-get install -y ${[...new Set(missingEngines.map(([, pkg]) => pkg))].join(' ')}`,
  );
} else {
  suite(
    'smoke suite in Chromium, Firefox ESR and WebKitGTK',
    ['vitest', 'run', '--config', 'vitest.engines.config.ts'],
    'artifacts/engines-report.json',
  );
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
