// Reading questionnaire definitions and the lock of published versions from disk (Node only).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describeFileError } from '../../src/wording/describe-file-problem';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonText } from '../../src/domain/safe-json';
import { readTextFile } from './read-file';
import {
  parseQuestionnaire,
  questionnaireKey,
  registryFromRawFiles,
} from '../../src/domain/questionnaire';
import type { ParseResult, QuestionnaireRegistry } from '../../src/domain/questionnaire';

/** The repository's questionnaires/ folder, wherever the command is run from. */
// A path, not `new URL(…)`: under jsdom the global URL is jsdom's, which fileURLToPath refuses.
export const questionnairesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'questionnaires',
);

/** The lock of published versions: `"<id>@<version>": "<sha256>"`. */
export const publishedLockPath = join(questionnairesDir, 'published.lock.json');

export type PublishedLock = Record<string, string>;

/** Reads a questionnaire file: `raw` is the JSON value (undefined when unreadable), `result` its validation. */
export async function readQuestionnaireFile(
  path: string,
): Promise<{ raw: unknown; result: ParseResult }> {
  const failed = (message: string) => ({
    raw: undefined,
    result: { ok: false as const, errors: [{ path: '', message }] },
  });
  const text = await readTextFile(path);
  if (!text.ok) return failed(describeFileError(text.error));
  const read = readJsonText(text.text);
  if (!read.ok) return failed(describeFileError(read.error));
  return { raw: read.value, result: parseQuestionnaire(read.value) };
}

/** Every `<id>/<version>.json` below a questionnaires folder, as paths relative to it, sorted. */
export function listQuestionnaireFiles(dir: string = questionnairesDir): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name), { withFileTypes: true })) {
      if (file.isFile() && file.name.endsWith('.json')) files.push(`${folder.name}/${file.name}`);
    }
  }
  return files.sort();
}

/** Loads every questionnaire file into a registry; throws when one is invalid or lies about its place. */
export async function loadQuestionnaireRegistry(
  dir: string = questionnairesDir,
): Promise<QuestionnaireRegistry> {
  const files = await Promise.all(
    listQuestionnaireFiles(dir).map(async (name) => {
      const path = join(dir, name);
      const { raw, result } = await readQuestionnaireFile(path);
      const shown = relative(process.cwd(), path) || path;
      if (result.ok) {
        const expected = `${result.questionnaire.id}/${result.questionnaire.version}.json`;
        if (name !== expected) {
          throw new Error(
            `${shown} holds ${questionnaireKey(result.questionnaire)}, so it belongs at ${expected}.`,
          );
        }
      } else if (raw === undefined) {
        throw new Error(`${shown}: ${result.errors.map((e) => e.message).join('; ')}`);
      }
      return { name: shown, raw };
    }),
  );
  return registryFromRawFiles(files);
}

/** Reads the lock of published versions; a missing lock is an empty one. */
export async function readPublishedLock(path: string = publishedLockPath): Promise<PublishedLock> {
  if (!existsSync(path)) return {};
  const read = readJsonText(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(`${path}: ${describeFileError(read.error)}`);
  const lock = read.value;
  if (lock === null || typeof lock !== 'object' || Array.isArray(lock)) {
    throw new Error(`${path} must be an object of "<id>@<version>": "<sha256>".`);
  }
  for (const [key, value] of Object.entries(lock)) {
    if (
      !/^[a-z][a-zA-Z0-9_-]*@\d+\.\d+\.\d+$/.test(key) ||
      typeof value !== 'string' ||
      !/^[0-9a-f]{64}$/.test(value)
    ) {
      throw new Error(`${path}: "${key}" must be "<id>@<version>": "<sha256 in lowercase hex>".`);
    }
  }
  return lock as PublishedLock;
}

export type LockStatus = 'published' | 'not published' | 'DIFFERS from published';

/** Whether a questionnaire version is in the lock with this hash. */
export function lockStatus(
  lock: PublishedLock,
  ref: { id: string; version: string; sha256: string },
): LockStatus {
  const locked = lock[questionnaireKey(ref)];
  if (locked === undefined) return 'not published';
  return locked === ref.sha256 ? 'published' : 'DIFFERS from published';
}

export type LockPlan = {
  /** the lock with every new version added, keys sorted */
  lock: PublishedLock;
  added: string[];
  /** versions whose file no longer matches the locked hash: the lock is never changed for them */
  changed: { key: string; locked: string; actual: string }[];
  /** locked versions without a file */
  missing: string[];
};

/** Works out how the lock grows with the current files; never changes or removes an entry. */
export function planLockUpdate({
  lock,
  refs,
}: {
  lock: PublishedLock;
  refs: readonly { id: string; version: string; sha256: string }[];
}): LockPlan {
  const next: PublishedLock = { ...lock };
  const added: string[] = [];
  const changed: LockPlan['changed'] = [];
  for (const ref of refs) {
    const key = questionnaireKey(ref);
    const locked = lock[key];
    if (locked === undefined) {
      next[key] = ref.sha256;
      added.push(key);
    } else if (locked !== ref.sha256) {
      changed.push({ key, locked, actual: ref.sha256 });
    }
  }
  const present = new Set(refs.map((ref) => questionnaireKey(ref)));
  const missing = Object.keys(lock).filter((key) => !present.has(key));
  const sorted = Object.fromEntries(
    Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { lock: sorted, added, changed, missing };
}
