// Test-only: identifying result files on the published self-scan, with a marker in every identifying field.
import { buildResultFile } from '../../src/domain/files/result-file';
import type { ResultCollective, ResultFile } from '../../src/domain/files/result-file-schema';
import { createSeededRandom, randomInt } from '../../src/domain/random';
import { selfScanV1, testRegistry } from '../support/questionnaires';

export async function selfScanEntry() {
  const registry = await testRegistry();
  const entry = registry.entries[0];
  if (!entry) throw new Error('no questionnaire');
  return { registry, entry };
}

/**
 * A result whose identifying fields all hold `MARK<n>-…` strings, so a test can search the output for
 * them; format version 2 when `collective` gives an id, else version 1.
 */
export async function markedResult(
  n: number,
  collective: Partial<ResultCollective> & { id?: string } = {},
): Promise<ResultFile> {
  const { entry } = await selfScanEntry();
  const random = createSeededRandom(n + 1);
  const likert = selfScanV1.items.filter((item) => item.type === 'likert5');
  const responses = [1, 2, 3].map((r) => ({
    respondentId: `MARK${n}-RESPONDENT-${r}`,
    role: `MARK${n}-ROLE-${r}`,
    comments: `MARK${n}-COMMENT-${r}`,
    answers: {
      ...Object.fromEntries(likert.map((item) => [item.id, randomInt(random, 1, 5)])),
      trait_embedded: 'yes',
      role: 'board',
      municipality: `MARK${n}-TEXTANSWER-${r}`,
      sector: 'energy',
      notes: `MARK${n}-UNKNOWNITEM-${r}`,
    },
  }));
  return buildResultFile({
    questionnaire: selfScanV1,
    ref: entry.ref,
    collective: {
      name: `MARK${n}-NAME`,
      sector: 'energy',
      legalForm: 'cooperative',
      memberBand: 'from26to100',
      foundingYear: 1987,
      municipality: `MARK${n}-MUNICIPALITY`,
      province: 'utrecht',
      volunteerBand: 'upto5',
      staffBand: 'none',
      ownIncomeShare: 'under25',
      ...collective,
    },
    scan: {
      id: `MARK${n}-SCAN`,
      label: `MARK${n}-LABEL`,
      startedAt: '2024-03-01T09:00:00.000Z',
      closedAt: '2024-03-20T17:00:00.000Z',
    },
    responses,
    generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
  });
}
