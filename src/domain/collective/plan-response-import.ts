import type { FileError, Unreadable } from '../files/file-error';
import type { Finding } from '../files/findings';
import { readResponseFile } from '../files/read-file';
import type { ResponseFile } from '../files/response-file';
import { checkAnswers } from '../files/check-answers';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';

/** Why a response file does not belong in this scan, apart from the file errors every reader has. */
export const importRefusalCodes = [
  'other-scan',
  'other-questionnaire',
  'answers-do-not-fit',
  'duplicate-in-batch',
] as const;

type PlanRefusal =
  | { code: 'other-scan'; fileScanId: string; scanId: string }
  | { code: 'other-questionnaire'; found: QuestionnaireRef; expected: QuestionnaireRef }
  | { code: 'answers-do-not-fit'; problems: Finding[] }
  | { code: 'duplicate-in-batch'; earlier: string };

/** Why a file was refused: a code with its values, which the UI and the CLI word. */
export type ImportRefusal = { fileName: string } & (FileError | PlanRefusal);
export type ImportRefusalCode = ImportRefusal['code'];
export type AcceptedResponse = { fileName: string; file: ResponseFile; isReimport: boolean };
export type ResponseImportPlan = { refusals: ImportRefusal[]; accepted: AcceptedResponse[] };

/**
 * Checks response files against the scan they are imported into, before anything is written:
 * readable, for this scan, on this exact questionnaire, with answers that fit it. A plan with any
 * refusal must not be written at all.
 */
export function planResponseImport(input: {
  scan: { id: string; questionnaire: QuestionnaireRef };
  questionnaire: Questionnaire;
  existingResponseIds: readonly string[];
  /** each file's text, or why it could not be read as text (too large, not UTF-8) */
  files: readonly ({ name: string; text: string } | { name: string; error: Unreadable })[];
}): ResponseImportPlan {
  const refusals: ImportRefusal[] = [];
  const accepted: AcceptedResponse[] = [];
  const seen = new Map<string, string>();
  for (const picked of input.files) {
    const name = picked.name;
    if ('error' in picked) {
      refusals.push({ fileName: name, ...picked.error });
      continue;
    }
    const read = readResponseFile(picked.text);
    if (!read.ok) {
      refusals.push({ fileName: name, ...read.error });
      continue;
    }
    const file = read.file;
    if (file.scanId !== input.scan.id) {
      refusals.push({
        fileName: name,
        code: 'other-scan',
        fileScanId: file.scanId,
        scanId: input.scan.id,
      });
      continue;
    }
    const ref = input.scan.questionnaire;
    if (
      file.questionnaire.id !== ref.id ||
      file.questionnaire.version !== ref.version ||
      file.questionnaire.sha256 !== ref.sha256
    ) {
      refusals.push({
        fileName: name,
        code: 'other-questionnaire',
        found: file.questionnaire,
        expected: ref,
      });
      continue;
    }
    const problems = checkAnswers({
      questionnaire: input.questionnaire,
      responses: [{ respondentId: file.respondentId, answers: file.answers }],
    });
    if (problems.length > 0) {
      refusals.push({
        fileName: name,
        code: 'answers-do-not-fit',
        problems,
      });
      continue;
    }
    const earlier = seen.get(file.respondentId);
    if (earlier) {
      refusals.push({
        fileName: name,
        code: 'duplicate-in-batch',
        earlier,
      });
      continue;
    }
    seen.set(file.respondentId, name);
    accepted.push({
      fileName: name,
      file,
      isReimport: input.existingResponseIds.includes(file.respondentId),
    });
  }
  return { refusals, accepted };
}
