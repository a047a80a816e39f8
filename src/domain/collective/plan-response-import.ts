import { readResponseFile, type FileErrorCode } from '../files/read-file';
import type { ResponseFile } from '../files/response-file';
import { checkAnswers } from '../files/check-answers';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';

export type ImportRefusalCode =
  | FileErrorCode
  | 'other-scan'
  | 'other-questionnaire'
  | 'answers-do-not-fit'
  | 'duplicate-in-batch';
/** Why a file was refused: a code the UI translates, and the technical detail. */
export type ImportRefusal = { fileName: string; code: ImportRefusalCode; message: string };
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
  files: readonly { name: string; text: string }[];
}): ResponseImportPlan {
  const refusals: ImportRefusal[] = [];
  const accepted: AcceptedResponse[] = [];
  const seen = new Map<string, string>();
  for (const { name, text } of input.files) {
    const read = readResponseFile(text);
    if (!read.ok) {
      refusals.push({ fileName: name, code: read.error.code, message: read.error.message });
      continue;
    }
    const file = read.file;
    if (file.scanId !== input.scan.id) {
      refusals.push({
        fileName: name,
        code: 'other-scan',
        message: `this response belongs to another scan (${file.scanId}), not to this one`,
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
        message: `this response was given on questionnaire ${file.questionnaire.id}@${file.questionnaire.version} (sha256 ${file.questionnaire.sha256}), but this scan uses ${ref.id}@${ref.version} (sha256 ${ref.sha256})`,
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
        message: problems.map((p) => p.message).join('; '),
      });
      continue;
    }
    const earlier = seen.get(file.respondentId);
    if (earlier) {
      refusals.push({
        fileName: name,
        code: 'duplicate-in-batch',
        message: `holds the same respondent as ${earlier}`,
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
