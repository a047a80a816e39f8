// Reading questionnaire definitions and the lock of published versions from disk (Node only).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonText } from '../../src/domain/safe-json';
import { readTextFile } from './read-file';
import {
  parseQuestionnaire,
  questionnaireKey,
  registryFromRawFiles,
} from '../../src/domain/questionnaire';
import type {
  ParseResult,
  Questionnaire,
  QuestionnaireRegistry,
} from '../../src/domain/questionnaire';
import { checkPublishedLock } from '../../src/domain/questionnaire/published-lock';
import type { PublishedLock } from '../../src/domain/questionnaire/published-lock';
import type { Unreadable } from '../../src/domain/files/file-error';
import { describeFileError } from '../../src/wording/describe-file-problem';
import { lockProblemText } from '../../src/wording/lock-text';
import { questionnaireErrorText } from '../../src/wording/questionnaire-error-text';

/** The repository's questionnaires/ folder, wherever the command is run from. */
// A path, not `new URL(…)`: under jsdom the global URL is jsdom's, which fileURLToPath refuses.
export const questionnairesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'questionnaires',
);

/** The lock of published versions: `"<id>@<version>": "<sha256>"` (src/domain/questionnaire/published-lock). */
export const publishedLockPath = join(questionnairesDir, 'published.lock.json');

/** Reads a questionnaire file: `raw` is the JSON value (undefined when unreadable), `result` its validation. */
export async function readQuestionnaireFile(
  path: string,
): Promise<{ raw: unknown; result: ParseResult }> {
  const failed = (error: Unreadable) => ({
    raw: undefined,
    result: { ok: false as const, errors: [{ path: '', code: 'unreadable-file' as const, error }] },
  });
  const text = await readTextFile(path);
  if (!text.ok) return failed(text.error);
  const read = readJsonText(text.text);
  if (!read.ok) return failed(read.error);
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
        throw new Error(
          `${shown}: ${result.errors.map((e) => questionnaireErrorText(e)).join('; ')}`,
        );
      }
      return { name: shown, raw };
    }),
  );
  return registryFromRawFiles(files, { describeError: (error) => questionnaireErrorText(error) });
}

/** The lock file of a questionnaires folder. */
export const lockPathIn = (dir: string): string => join(dir, 'published.lock.json');

/**
 * The valid versions in a questionnaires folder, each file read on its own: a broken file is left
 * out (validate reports it when named), so checking a new version against the published ones works
 * while the new file is still being mended.
 */
export async function readQuestionnaireVersions(
  dir: string = questionnairesDir,
): Promise<Questionnaire[]> {
  const read = await Promise.all(
    listQuestionnaireFiles(dir).map((name) => readQuestionnaireFile(join(dir, name))),
  );
  return read.flatMap(({ result }) => (result.ok ? [result.questionnaire] : []));
}

/** Reads the lock of published versions; a missing lock is an empty one. */
export async function readPublishedLock(path: string = publishedLockPath): Promise<PublishedLock> {
  if (!existsSync(path)) return {};
  const read = readJsonText(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(`${path}: ${describeFileError(read.error)}`);
  const checked = checkPublishedLock(read.value);
  if (!checked.ok) throw new Error(`${path}: ${lockProblemText(checked)}`);
  return checked.lock;
}
