// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listQuestionnaireFiles,
  loadQuestionnaireRegistry,
  readPublishedLock,
  readQuestionnaireFile,
} from '../../scripts/lib/load-questionnaires';
import { questionnaireErrorText } from '../../src/wording/questionnaire-error-text';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'questionnaires');
const miniText = readFileSync(join(fixtures, 'mini-1.0.0.json'), 'utf8');
const miniV1Sha = 'c1fa16a5bf63d5c2b96f9e6fb1adf8f641cf7692e3781f9ef6d5178a4a36670b';
const a = 'a'.repeat(64);

const scratch = mkdtempSync(join(tmpdir(), 'ck-questionnaires-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A questionnaires folder with the given files, in a fresh temporary folder. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('readQuestionnaireFile', () => {
  it('returns the raw value and the parsed questionnaire', async () => {
    const { raw, result } = await readQuestionnaireFile(join(fixtures, 'mini-1.0.0.json'));
    expect((raw as { scale: unknown }).scale).toBeDefined();
    expect(result.ok && result.questionnaire.version).toBe('1.0.0');
  });

  it('says so when the file cannot be read', async () => {
    const { raw, result } = await readQuestionnaireFile(join(scratch, 'nope.json'));
    expect(raw).toBeUndefined();
    const [error] = result.ok ? [] : result.errors;
    expect(error).toMatchObject({ path: '', code: 'unreadable-file' });
    expect(error ? questionnaireErrorText(error) : '').toBe('no such file');
  });
});

describe('loadQuestionnaireRegistry', () => {
  it('loads <id>/<version>.json files and skips the lock and other top-level files', async () => {
    const dir = folder('good', {
      'mini/1.0.0.json': miniText,
      'published.lock.json': '{}',
    });
    expect(listQuestionnaireFiles(dir)).toEqual(['mini/1.0.0.json']);
    const registry = await loadQuestionnaireRegistry(dir);
    expect(registry.entries.map((e) => e.ref)).toEqual([
      { id: 'mini', version: '1.0.0', sha256: miniV1Sha },
    ]);
  });

  it('refuses a file stored under another id or version', async () => {
    const dir = folder('misplaced', { 'mini/1.0.1.json': miniText });
    await expect(loadQuestionnaireRegistry(dir)).rejects.toThrow(
      /mini\/1\.0\.1\.json holds mini@1\.0\.0, so it belongs at mini\/1\.0\.0\.json\.$/,
    );
  });

  it('refuses an invalid file, naming it and the error', async () => {
    const dir = folder('invalid', { 'mini/1.0.0.json': miniText.replace('"culture"]', '"cultuur"]') });
    await expect(loadQuestionnaireRegistry(dir)).rejects.toThrow(
      /mini\/1\.0\.0\.json is not a valid questionnaire:\n {2}necessary\[0\]: unknown condition "cultuur"/,
    );
  });

  it('is empty for a folder that does not exist', async () => {
    expect((await loadQuestionnaireRegistry(join(scratch, 'none'))).entries).toEqual([]);
  });
});

describe('readPublishedLock', () => {
  it.each([
    ['a missing lock', undefined, {}],
    ['an empty lock', '{}', {}],
    ['a lock with an entry', `{"mini@1.0.0": "${a}"}`, { 'mini@1.0.0': a }],
  ])('reads %s', async (_name, text, expected) => {
    const path = join(scratch, `lock-${Math.random()}.json`);
    if (text !== undefined) writeFileSync(path, text);
    expect(await readPublishedLock(path)).toEqual(expected);
  });

  it.each([
    ['a key without a version', `{"mini": "${a}"}`],
    ['a short hash', '{"mini@1.0.0": "abc"}'],
    ['an array', '[]'],
  ])('refuses %s', async (_name, text) => {
    const path = join(scratch, `lock-${Math.random()}.json`);
    writeFileSync(path, text);
    await expect(readPublishedLock(path)).rejects.toThrow();
  });
});
