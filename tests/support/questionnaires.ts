import published from '../../questionnaires/ck-selfscan/1.0.0.json';
import {
  createRegistry,
  type QuestionnaireRegistry,
} from '../../src/domain/questionnaire/registry';
import { questionnaireRef } from '../../src/domain/questionnaire/identity';
import { questionnaireSchema, type Questionnaire } from '../../src/domain/questionnaire/schema';

export const selfScanV1 = questionnaireSchema.parse(published);

/** A questionnaire for a test registry, and the value its hash is taken over (the file as read; by default itself). */
export type TestRegistryEntry = { questionnaire: Questionnaire; raw?: unknown };

/** A registry holding the given questionnaires; by default the published self-scan, as the app has it. */
export async function testRegistry(
  entries: TestRegistryEntry[] = [{ questionnaire: selfScanV1, raw: published }],
): Promise<QuestionnaireRegistry> {
  return createRegistry(
    await Promise.all(
      entries.map(async ({ questionnaire, raw = questionnaire }) => ({
        questionnaire,
        ref: await questionnaireRef({ raw, questionnaire }),
      })),
    ),
  );
}
