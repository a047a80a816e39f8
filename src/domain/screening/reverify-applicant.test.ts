import { beforeAll, describe, expect, it } from 'vitest';
import { resultDigest } from '../files/result-file';
import type { QuestionnaireRegistry } from '../questionnaire';
import { testRegistry } from '../../../tests/support/questionnaires';
import { fixtureResults, screenedResult } from '../../../tests/support/screened';
import { testRuntime } from '../../../tests/support/runtime';
import { applicantsFromBatch, type Applicant } from './applicant';
import { reverifyApplicant } from './reverify-applicant';

let registry: QuestionnaireRegistry;
beforeAll(async () => {
  registry = await testRegistry();
});

const [base] = fixtureResults.map((f) => f.result);
const applicant = (overrides: Partial<Applicant> = {}): Applicant => ({
  ...applicantsFromBatch({
    files: [screenedResult(base!)],
    knownFiles: new Set(),
    importedAt: '2027-02-01T10:00:00.000Z',
    newId: testRuntime().newId,
  })[0]!,
  ...overrides,
});

describe('reverifyApplicant (a reopened screening is checked, not trusted)', () => {
  it('keeps an intact result intact', async () => {
    const checked = await reverifyApplicant({ applicant: applicant(), registry });
    expect(checked).toMatchObject({ status: 'intact', reasons: [] });
  });

  it('shows a result edited in the saved file as changed, even when it was saved as intact', async () => {
    const edited = structuredClone(base!);
    const answers = edited.responses[0]!.answers;
    answers.leadership_1 = answers.leadership_1 === 5 ? 1 : 5;
    const checked = await reverifyApplicant({ applicant: applicant({ result: edited }), registry });
    expect(checked.status).toBe('changed');
    expect(checked.reasons).toContainEqual({ code: 'digest-mismatch' });
  });

  it('calls an intact result saved as changed intact again, when the reasons were not printed ones', async () => {
    const checked = await reverifyApplicant({
      applicant: applicant({ status: 'changed', reasons: [{ code: 'digest-mismatch' }] }),
      registry,
    });
    expect(checked).toMatchObject({ status: 'intact', reasons: [] });
  });

  it('keeps the printed-text reasons it cannot check without the PDF', async () => {
    const printed = { code: 'printed-name-differs', attached: 'Iemand anders' } as const;
    const checked = await reverifyApplicant({
      applicant: applicant({ status: 'changed', reasons: [printed] }),
      registry,
    });
    expect(checked).toMatchObject({ status: 'changed', reasons: [printed] });
  });

  it('finds a questionnaire this device does not have', async () => {
    const unknown = {
      ...base!,
      questionnaire: { ...base!.questionnaire, version: '9.9.9' },
    };
    const checked = await reverifyApplicant({
      applicant: applicant({ result: unknown }),
      registry,
    });
    expect(checked.status).toBe('changed'); // the version is part of the digest
    const resigned = { ...unknown, digest: await resultDigest(unknown) };
    const again = await reverifyApplicant({
      applicant: applicant({ result: resigned, digest: resigned.digest }),
      registry,
    });
    expect(again.status).toBe('newer-questionnaire');
  });

  it('calls a key that is not the result’s digest changed', async () => {
    const checked = await reverifyApplicant({
      applicant: applicant({ digest: 'e'.repeat(64) }),
      registry,
    });
    expect(checked).toMatchObject({ status: 'changed', reasons: [{ code: 'digest-mismatch' }] });
  });
});
