import published from '../../questionnaires/ck-selfscan/1.0.0.json';
import {
  createRegistry,
  type QuestionnaireRegistry,
} from '../../src/domain/questionnaire/registry';
import { questionnaireRef } from '../../src/domain/questionnaire/identity';
import { questionnaireSchema } from '../../src/domain/questionnaire/schema';

export const selfScanV1 = questionnaireSchema.parse(published);

/** A registry holding the published self-scan, as the app has it. */
export async function testRegistry(): Promise<QuestionnaireRegistry> {
  const ref = await questionnaireRef({ raw: published, questionnaire: selfScanV1 });
  return createRegistry([{ questionnaire: selfScanV1, ref }]);
}
