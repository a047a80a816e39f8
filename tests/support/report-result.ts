// Test-only: a result on the published self-scan with a name full of Dutch characters, for the PDF tests.
import { buildResultFile } from '../../src/domain/files/result-file';
import type { ResultFile } from '../../src/domain/files/result-file-schema';
import { questionnaireRef } from '../../src/domain/questionnaire/identity';
import type { Answers } from '../../src/domain/questionnaire/schema';
import published from '../../questionnaires/ck-selfscan/1.0.0.json';
import { selfScanV1 } from './questionnaires';

export const dutchName = 'Bewonersbedrĳf “De Ĳzeren Brug” € ‘Zuid’';
export const dutchLabel = 'Scan één – ideeën, naïef en coöperatief, café';

/** Answers 1–5 that differ per respondent; respondent 0 says "weet ik niet" to the first network item. */
function answersFor(index: number): Answers {
  const answers: Answers = { role: ['board', 'member', 'volunteer'][index] ?? 'member' };
  selfScanV1.items.forEach((item, position) => {
    if (item.type === 'likert5') answers[item.id] = ((position * 7 + index * 3) % 5) + 1;
    if (item.type === 'single-choice' && item.section === 'traits') {
      answers[item.id] = ['yes', 'partly', 'no'][(position + index) % 3] ?? 'yes';
    }
  });
  if (index === 0) answers.network_1 = null;
  return answers;
}

/**
 * A result of three respondents (or as many as asked) for a collective named with ĳ, € and curly quotes;
 * format version 2 when given the collective's id, else version 1 as files were made before ids.
 */
export async function dutchResult({
  respondents = 3,
  name = dutchName,
  collectiveId,
}: { respondents?: number; name?: string; collectiveId?: string } = {}): Promise<ResultFile> {
  return buildResultFile({
    questionnaire: selfScanV1,
    ref: await questionnaireRef({ raw: published, questionnaire: selfScanV1 }),
    collective: {
      ...(collectiveId === undefined ? {} : { id: collectiveId }),
      name,
      sector: 'neighbourhood',
      legalForm: 'cooperative',
      memberBand: 'from26to100',
      foundingYear: 2019,
      municipality: 'Súdwest-Fryslân',
      province: 'friesland',
    },
    scan: {
      id: 'scan-dutch',
      label: dutchLabel,
      startedAt: '2025-09-01T08:00:00.000Z',
      closedAt: '2025-09-30T22:30:00.000Z',
    },
    responses: Array.from({ length: respondents }, (_, index) => ({
      respondentId: `r${index + 1}`,
      role: String(answersFor(index).role),
      answers: answersFor(index),
    })),
    generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
  });
}
