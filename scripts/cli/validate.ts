// `npm run selfscan -- validate <file…> [--json]`: checks questionnaire files and shows their identity.
import { questionnaireKey, questionnaireRef } from '../../src/domain/questionnaire';
import type { QuestionnaireRef } from '../../src/domain/questionnaire';
import { describeResolveFailure } from '../../src/wording/describe-file-problem';
import { questionnaireErrorText } from '../../src/wording/questionnaire-error-text';
import { lockStatus } from '../../src/domain/questionnaire/published-lock';
import type { LockStatus } from '../../src/domain/questionnaire/published-lock';
import { lockStatusText } from '../../src/wording/lock-text';
import { readPublishedLock, readQuestionnaireFile } from '../lib/load-questionnaires';

type FileReport =
  | { file: string; ok: true; ref: QuestionnaireRef; published: LockStatus }
  | { file: string; ok: false; errors: { path: string; code: string; message: string }[] };

const usage = 'Usage: npm run selfscan -- validate <questionnaire.json…> [--json]';

async function validateFile(file: string, lock: Record<string, string>): Promise<FileReport> {
  const { raw, result } = await readQuestionnaireFile(file);
  if (!result.ok) {
    const errors = result.errors.map((error) => ({
      path: error.path,
      code: error.code,
      message: questionnaireErrorText(error),
    }));
    return { file, ok: false, errors };
  }
  const ref = await questionnaireRef({ raw, questionnaire: result.questionnaire });
  return { file, ok: true, ref, published: lockStatus(lock, ref) };
}

function printText(report: FileReport): void {
  if (!report.ok) {
    for (const { path, message } of report.errors) {
      console.error(`${report.file}: ${path ? `${path}: ` : ''}${message}`);
    }
    return;
  }
  const { ref, published } = report;
  const status = lockStatusText(published);
  console.log(`ok  ${questionnaireKey(ref)}  sha256 ${ref.sha256}  ${status}  ${report.file}`);
  if (published === 'differs') {
    const reason = describeResolveFailure({ reason: 'hash-mismatch', ref });
    console.error(`${report.file}: ${reason}`);
  }
}

/** Validates each file; exit 1 when any is invalid or differs from its published version. */
export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknownOption = files.find((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknownOption) {
    if (unknownOption) console.error(`validate: unknown option ${unknownOption}`);
    console.error(usage);
    return 2;
  }
  const lock = await readPublishedLock();
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file, lock));
  if (json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(printText);
  const failed = reports.some((r) => !r.ok || r.published === 'differs');
  return failed ? 1 : 0;
}
