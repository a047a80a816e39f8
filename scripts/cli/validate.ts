// `npm run selfscan -- validate <file…> [--json]`: checks questionnaire files and shows their identity.
import { questionnaireKey, questionnaireRef } from '../../src/domain/questionnaire';
import type { QuestionnaireError, QuestionnaireRef } from '../../src/domain/questionnaire';
import { lockStatus, readPublishedLock, readQuestionnaireFile } from '../lib/load-questionnaires';
import type { LockStatus } from '../lib/load-questionnaires';

type FileReport =
  | { file: string; ok: true; ref: QuestionnaireRef; published: LockStatus }
  | { file: string; ok: false; errors: QuestionnaireError[] };

const usage = 'Usage: npm run selfscan -- validate <questionnaire.json…> [--json]';

async function validateFile(file: string, lock: Record<string, string>): Promise<FileReport> {
  const { raw, result } = await readQuestionnaireFile(file);
  if (!result.ok) return { file, ok: false, errors: result.errors };
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
  console.log(`ok  ${questionnaireKey(ref)}  sha256 ${ref.sha256}  ${published}  ${report.file}`);
  if (published === 'DIFFERS from published') {
    console.error(
      `${report.file}: this file claims ${questionnaireKey(ref)} but its content differs from the published one`,
    );
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
  const failed = reports.some((r) => !r.ok || r.published === 'DIFFERS from published');
  return failed ? 1 : 0;
}
