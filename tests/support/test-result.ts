// A built result file on the small test questionnaire (its registry: testRegistry([{ questionnaire: testQuestionnaire }])).
import { hashCanonical } from '../../src/domain/hash';
import type { Answers, QuestionnaireRef } from '../../src/domain/questionnaire/schema';
import { answersWithMeans, makeQuestionnaire } from './test-questionnaire';
import { buildResultFile } from '../../src/domain/files/result-file';
import type { ResultFile } from '../../src/domain/files/result-file-schema';

export const testQuestionnaire = makeQuestionnaire();

export async function testRef(): Promise<QuestionnaireRef> {
  return { id: 'test', version: '1.0.0', sha256: await hashCanonical(testQuestionnaire) };
}

export const testAnswers: Answers[] = [
  {
    ...answersWithMeans(testQuestionnaire, {
      leadership: 4,
      community: 3,
      business: 2,
      culture: 4.25,
      network: 5,
    }),
    embedded: 'yes',
  },
  {
    ...answersWithMeans(testQuestionnaire, {
      leadership: 3.5,
      community: 2,
      business: 3,
      culture: 3,
      network: 4,
    }),
    embedded: 'partly',
  },
  {
    ...answersWithMeans(testQuestionnaire, {
      leadership: 5,
      community: 1,
      business: null,
      culture: 4,
      network: 4.5,
    }),
    attuned: 'no',
  },
];

export async function testResult(answers: Answers[] = testAnswers): Promise<ResultFile> {
  return buildResultFile({
    questionnaire: testQuestionnaire,
    ref: await testRef(),
    collective: {
      name: 'Buurtbedrijf Test',
      sector: 'care',
      legalForm: 'cooperative',
      memberBand: '50-100',
      foundingYear: 2016,
      municipality: 'Utrecht',
      province: 'UT',
    },
    scan: {
      id: 'scan-1',
      label: 'Voorjaar',
      startedAt: '2025-03-01T09:00:00.000Z',
      closedAt: '2025-03-20T17:00:00.000Z',
    },
    responses: answers.map((set, index) => ({ respondentId: `r${index + 1}`, answers: set })),
    generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
  });
}
