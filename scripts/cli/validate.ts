// `npm run selfscan -- validate <file…> [--json] [--questionnaires <dir>]`: checks questionnaire files,
// a `migratesFrom` against the published versions in the folder, and shows their identity.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { questionnaireKey, questionnaireRef } from '../../src/domain/questionnaire';
import type { QuestionnaireError, QuestionnaireRef } from '../../src/domain/questionnaire';
import { checkMigrationSource } from '../../src/domain/questionnaire/check-migration-source';
import { questionnaireErrorText } from '../../src/wording/questionnaire-error-text';
import { lockStatus } from '../../src/domain/questionnaire/published-lock';
import type { LockStatus } from '../../src/domain/questionnaire/published-lock';
import { lockStatusText } from '../../src/wording/lock-text';
import {
  lockPathIn,
  questionnairesDir,
  readPublishedLock,
  readQuestionnaireFile,
  readQuestionnaireVersions,
} from '../lib/load-questionnaires';
import type { Questionnaire } from '../../src/domain/questionnaire';

type ErrorLine = { path: string; code: string; message: string };

/** `ok` is true only when the file is valid, its migration fits and it does not differ from the lock. */
type FileReport =
  | { file: string; ok: true; ref: QuestionnaireRef; published: LockStatus }
  | {
      file: string;
      ok: false;
      ref?: QuestionnaireRef;
      published?: LockStatus;
      errors: ErrorLine[];
    };

const usage =
  'Usage: npm run selfscan -- validate <questionnaire.json…> [--json] [--questionnaires <dir>]';

const errorLines = (errors: readonly QuestionnaireError[]): ErrorLine[] =>
  errors.map((error) => ({
    path: error.path,
    code: error.code,
    message: questionnaireErrorText(error),
  }));

async function validateFile(
  file: string,
  lock: Record<string, string>,
  published: readonly Questionnaire[],
): Promise<FileReport> {
  const { raw, result } = await readQuestionnaireFile(file);
  if (!result.ok) return { file, ok: false, errors: errorLines(result.errors) };
  const ref = await questionnaireRef({ raw, questionnaire: result.questionnaire });
  const status = lockStatus(lock, ref);
  const errors: QuestionnaireError[] = checkMigrationSource({
    questionnaire: result.questionnaire,
    published,
  });
  if (status === 'differs') {
    errors.push({
      path: '',
      code: 'differs-from-published',
      values: { key: questionnaireKey(ref) },
    });
  }
  if (errors.length > 0) {
    return { file, ok: false, ref, published: status, errors: errorLines(errors) };
  }
  return { file, ok: true, ref, published: status };
}

function printText(report: FileReport): void {
  if (report.ref && report.published) {
    const { ref, published } = report;
    const word = report.ok ? 'ok' : 'not ok';
    const status = lockStatusText(published);
    console.log(
      `${word}  ${questionnaireKey(ref)}  sha256 ${ref.sha256}  ${status}  ${report.file}`,
    );
  }
  if (report.ok) return;
  for (const { path, message } of report.errors) {
    console.error(`${report.file}: ${path ? `${path}: ` : ''}${message}`);
  }
}

function parseValidateArgs(
  args: string[],
): { ok: true; files: string[]; json: boolean; dir: string } | { ok: false; message?: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, questionnaires: { type: 'string' } },
    });
    if (positionals.length === 0) return { ok: false };
    const dir =
      values.questionnaires === undefined ? questionnairesDir : resolve(values.questionnaires);
    return { ok: true, files: positionals, json: values.json ?? false, dir };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Validates each file; exit 1 when any is invalid, migrates badly or differs from its published version. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseValidateArgs(args);
  if (!parsed.ok) {
    if (parsed.message) console.error(`validate: ${parsed.message}`);
    console.error(usage);
    return 2;
  }
  const lock = await readPublishedLock(lockPathIn(parsed.dir));
  const published = await readQuestionnaireVersions(parsed.dir);
  const reports: FileReport[] = [];
  for (const file of parsed.files) reports.push(await validateFile(file, lock, published));
  if (parsed.json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(printText);
  return reports.every((r) => r.ok) ? 0 : 1;
}
