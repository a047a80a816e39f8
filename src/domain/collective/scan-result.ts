import { buildResultFile } from '../files/result-file';
import type { Generator, ResultFile } from '../files/result-file-schema';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';
import type { Collective, Scan, StoredResponse } from './schema';

/**
 * The result file of a scan as stored on the coordinator's device. Respondents' names stay behind:
 * a respondent appears by id, with their role when they gave one. Always format version 2: it carries
 * the collective's permanent id, also for scans made before results had one.
 */
export async function buildScanResult(input: {
  collective: Collective;
  scan: Scan;
  responses: readonly StoredResponse[];
  questionnaire: Questionnaire;
  ref: QuestionnaireRef;
  generator: Generator;
}): Promise<ResultFile> {
  const { collective, scan } = input;
  return buildResultFile({
    questionnaire: input.questionnaire,
    ref: input.ref,
    collective: {
      id: collective.id,
      name: collective.name,
      sector: collective.sector,
      legalForm: collective.legalForm,
      memberBand: collective.memberBand,
      foundingYear: collective.foundingYear,
      municipality: collective.municipality,
      province: collective.province,
      volunteerBand: collective.volunteerBand,
      staffBand: collective.staffBand,
      ownIncomeShare: collective.ownIncomeShare,
    },
    scan: { id: scan.id, label: scan.label, startedAt: scan.startedAt, closedAt: scan.closedAt },
    responses: input.responses.map((response) => {
      const role = response.answers.role;
      return {
        respondentId: response.id,
        ...(typeof role === 'string' ? { role } : {}),
        answers: response.answers,
      };
    }),
    generator: input.generator,
  });
}
