// @vitest-environment node
// README "Publishing a new questionnaire version", followed step by step: its shell block is read
// from the README and each command run in a copy of questionnaires/ (the edit is the fixture 1.1.0:
// one item reworded, one renamed, one added). Then each bad migration of issue 28 is refused by
// validate and by the lock, with a message naming the item or version, and the lock left unchanged.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conditionTrends } from '../../src/domain/scoring/trends';
import { planLockUpdate } from '../../src/domain/questionnaire/published-lock';
import {
  loadQuestionnaireRegistry,
  readPublishedLock,
} from '../../scripts/lib/load-questionnaires';
import { repoRoot, runCommand, type RunOutcome } from '../support/processes';
import { expectedCulture, twoVersionScans } from '../support/two-versions';

const fixture = join(repoRoot, 'tests/fixtures/questionnaires/ck-selfscan-1.1.0.json');
const work = mkdtempSync(join(tmpdir(), 'ck-publish-'));
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The commands of the README's publishing section, as written there. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split('## Publishing a new questionnaire version')[1]?.split('\n## ')[0];
  const block = /```sh\n([\s\S]*?)```/.exec(section ?? '')?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Runs one README command in a folder holding a copy of questionnaires/ (cwd). The command line
 * reads the repository's questionnaires/ by default, so validate and the lock get
 * `--questionnaires questionnaires` to read the copy instead.
 */
function runReadmeCommand(dir: string, command: string): RunOutcome {
  const [program, ...words] = command.split(/\s+/);
  const folder = ['--questionnaires', 'questionnaires'];
  if (program === 'cp') {
    copyFileSync(join(dir, words[0]!), join(dir, words[1]!));
    return { code: 0, stdout: '', stderr: '' };
  }
  if (command.startsWith('npm run selfscan -- ')) {
    const args = words.slice(3);
    const extra = args[0] === 'validate' ? folder : [];
    return runCommand(tsx, [join(repoRoot, 'scripts/selfscan.ts'), ...args, ...extra], { cwd: dir });
  }
  if (command === 'npm run questionnaires:lock') {
    return runCommand(tsx, [join(repoRoot, 'scripts/lock-questionnaires.ts'), ...folder], {
      cwd: dir,
    });
  }
  throw new Error(`the test does not know the README's command "${command}"`);
}

/** A fresh folder with a copy of the repository's questionnaires/. */
function freshCopy(name: string): string {
  const dir = join(work, name);
  cpSync(join(repoRoot, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
  return dir;
}

describe('the README publishing steps, followed in a copy of questionnaires/', { timeout: 120_000 }, () => {
  const dir = freshCopy('readme');
  const commands = readmeCommands();
  const next = join(dir, 'questionnaires/ck-selfscan/1.1.0.json');

  it('has the steps the test follows, in this order', () => {
    expect(commands).toEqual([
      'cp questionnaires/ck-selfscan/1.0.0.json questionnaires/ck-selfscan/1.1.0.json',
      'npm run selfscan -- questionnaire diff questionnaires/ck-selfscan/1.0.0.json questionnaires/ck-selfscan/1.1.0.json',
      'npm run selfscan -- validate questionnaires/ck-selfscan/1.1.0.json',
      'npm run questionnaires:lock',
      'npm test',
    ]);
  });

  it('1. copies the newest version, and the edit makes it 1.1.0', () => {
    expect(runReadmeCommand(dir, commands[0]!).code).toBe(0);
    // the edit: version, one item reworded, one renamed (migratesFrom), one added
    writeFileSync(next, readFileSync(fixture));
  });

  it('2. diff lists the changes and says 1.1.0 is the right bump', () => {
    const { code, stdout, stderr } = runReadmeCommand(dir, commands[1]!);
    expect(stderr).toBe('');
    expect(stdout.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))).toEqual([
      'ck-selfscan 1.0.0 → 1.1.0',
      'reworded community_1 (community) patch',
      'renamed culture_3 → culture_agreements (culture) minor',
      'added culture_7 (culture) minor',
      'calls for a minor version; 1.1.0 is a minor version: ok',
      '',
    ]);
    expect(code).toBe(0);
  });

  it('3. validate reports no errors', () => {
    const { code, stdout, stderr } = runReadmeCommand(dir, commands[2]!);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^ok {2}ck-selfscan@1\.1\.0 {2}sha256 [0-9a-f]{64} {2}not published {2}/);
    expect(code).toBe(0);
  });

  it('4. the lock adds 1.1.0 and keeps 1.0.0', async () => {
    const before = await readPublishedLock(join(dir, 'questionnaires/published.lock.json'));
    const { code, stdout } = runReadmeCommand(dir, commands[3]!);
    expect(stdout).toMatch(/^added ck-selfscan@1\.1\.0 {2}sha256 [0-9a-f]{64}\n$/);
    expect(code).toBe(0);
    const after = await readPublishedLock(join(dir, 'questionnaires/published.lock.json'));
    expect(after['ck-selfscan@1.0.0']).toBe(before['ck-selfscan@1.0.0']);
    expect(Object.keys(after)).toEqual(['ck-selfscan@1.0.0', 'ck-selfscan@1.1.0']);
  });

  it('5. npm test: the lock holds, the registry loads both, the trends span both', async () => {
    const folder = join(dir, 'questionnaires');
    const registry = await loadQuestionnaireRegistry(folder);
    const lock = await readPublishedLock(join(folder, 'published.lock.json'));
    const plan = planLockUpdate({ lock, refs: registry.entries.map((e) => e.ref) });
    expect(plan).toMatchObject({ added: [], changed: [], missing: [] });
    expect(registry.latest('ck-selfscan')?.ref.version).toBe('1.1.0');
    const { trends, unmapped } = conditionTrends({
      scans: twoVersionScans(),
      target: registry.latest('ck-selfscan')!.questionnaire,
      questionnaires: registry.entries.map((e) => e.questionnaire),
    });
    expect(unmapped).toEqual([]);
    const culture = trends.find((t) => t.condition === 'culture')!;
    expect(culture.points[0]!.score).toBeCloseTo(expectedCulture.spring.score, 12);
    expect(culture.points[1]!.score).toBeCloseTo(expectedCulture.autumn.score, 12);
  });
});

describe.each([
  {
    name: 'an old item id 1.0.0 does not have',
    edit: (text: string) => text.replace('"culture_3": "culture_agreements"', '"community_9": "culture_agreements"'),
    says: 'migratesFrom.items.community_9: maps item "community_9", which ck-selfscan@1.0.0 does not have',
  },
  {
    name: 'a version that was never published',
    edit: (text: string) =>
      text.replace('"migratesFrom": {\n    "version": "1.0.0"', '"migratesFrom": {\n    "version": "0.9.0"'),
    says: 'migratesFrom.version: migrates from ck-selfscan@0.9.0, which was never published (published: 1.0.0)',
  },
])('a bad migration: $name', { timeout: 120_000 }, ({ name, edit, says }) => {
  const dir = freshCopy(name.replace(/\W+/g, '-'));
  const file = join(dir, 'questionnaires/ck-selfscan/1.1.0.json');
  const original = readFileSync(fixture, 'utf8');
  const edited = edit(original);
  const lockPath = join(dir, 'questionnaires/published.lock.json');

  it('is refused by validate, naming it, in words, in --json and in the exit code', () => {
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const text = runReadmeCommand(dir, 'npm run selfscan -- validate questionnaires/ck-selfscan/1.1.0.json');
    expect(text.stdout).toMatch(/^not ok {2}ck-selfscan@1\.1\.0 /);
    expect(text.stderr.trim()).toBe(`questionnaires/ck-selfscan/1.1.0.json: ${says}`);
    expect(text.code).toBe(1);
    const json = runReadmeCommand(
      dir,
      'npm run selfscan -- validate --json questionnaires/ck-selfscan/1.1.0.json',
    );
    expect(JSON.parse(json.stdout)).toMatchObject([{ ok: false, errors: [{ message: says.split(': ').slice(1).join(': ') }] }]);
    expect(json.code).toBe(1);
  });

  it('is refused by the lock, naming it, and the lock is not changed', () => {
    const before = readFileSync(lockPath, 'utf8');
    const { code, stderr } = runReadmeCommand(dir, 'npm run questionnaires:lock');
    expect(stderr).toContain(`ck-selfscan@1.1.0: ${says}`);
    expect(code).toBe(1);
    expect(readFileSync(lockPath, 'utf8')).toBe(before);
  });
});
