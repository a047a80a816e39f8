import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// from the path, not `new URL(…)`: under jsdom URL is jsdom's, which fileURLToPath refuses
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** What a finished child process left: its exit code (null when killed), and its output as text. */
export type RunOutcome = { code: number | null; stdout: string; stderr: string };

/** Runs a program to its end from the repo root (or `cwd`) and returns its exit code and output. */
export function runCommand(
  command: string,
  args: string[],
  { cwd = repoRoot, env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunOutcome {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run selfscan -- …` the way a person would, without npm's own output. */
export function selfscan(args: string[]): RunOutcome {
  return runCommand(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/selfscan.ts', ...args]);
}

/** Builds the app for production with Vite (into dist, or `outDir`), its output shown; throws when the build fails. */
export function buildApp({
  outDir,
  appVersion,
  extraQuestionnaires,
}: { outDir?: string; appVersion?: string; extraQuestionnaires?: string[] } = {}): void {
  const args = ['vite', 'build', '--logLevel', 'warn'];
  if (outDir) args.push('--outDir', outDir, '--emptyOutDir');
  // vitest sets NODE_ENV=test, which would give React's development build and no service worker
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  // CK_APP_VERSION lets the update test build a second, different version of the app
  if (appVersion) env.CK_APP_VERSION = appVersion;
  // questionnaire fixtures bundled beside questionnaires/ (vite.config.ts); production has none
  if (extraQuestionnaires) env.CK_EXTRA_QUESTIONNAIRES = extraQuestionnaires.join(delimiter);
  const build = spawnSync('npx', args, { cwd: repoRoot, stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`vite build${outDir ? ` into ${outDir}` : ''} failed`);
}

/** Pids whose command line names this profile folder: what must be gone after a kill. */
export function processesOf(profileDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}
