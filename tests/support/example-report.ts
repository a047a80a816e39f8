// Test-only: the example collective's result (the app's seeded energy co-operative, six respondents),
// built in Node as the app builds it, for the report's byte budget and its PDF/A and tagging checks.
import { buildExampleScan } from '../../src/domain/example/example-scan';
import { buildResultFile } from '../../src/domain/files/result-file';
import type { ResultFile } from '../../src/domain/files/result-file-schema';
import { questionnaireRef } from '../../src/domain/questionnaire/identity';
import { createSeededRandom } from '../../src/domain/random';
import published from '../../questionnaires/ck-selfscan/1.0.0.json';
import { selfScanV1 } from './questionnaires';

/** The app's seed for the example collective (src/storage/example-repository.ts). */
const exampleSeed = 20270301;

/** The example collective's result file, and its respondents' names by id (for a report with names). */
export async function exampleResult(): Promise<{
  result: ResultFile;
  names: Record<string, string>;
}> {
  const example = buildExampleScan({
    questionnaire: selfScanV1,
    random: createSeededRandom(exampleSeed),
  });
  const responses = example.respondents.map((respondent, index) => {
    const role = respondent.answers.role;
    return {
      respondentId: `example-${index + 1}`,
      ...(typeof role === 'string' ? { role } : {}),
      answers: respondent.answers,
    };
  });
  const result = await buildResultFile({
    questionnaire: selfScanV1,
    ref: await questionnaireRef({ raw: published, questionnaire: selfScanV1 }),
    collective: example.collective,
    scan: {
      id: 'example-scan',
      label: example.scanLabel,
      startedAt: example.startedAt,
      closedAt: example.closedAt,
    },
    responses,
    generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
  });
  const names = Object.fromEntries(
    example.respondents.map((respondent, index) => [`example-${index + 1}`, respondent.name]),
  );
  return { result, names };
}
