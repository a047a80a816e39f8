// Why a questionnaire is not known to this app: its own file, so that the fill-in pages, which say
// it, do not load the wording of every file error (file-error-text.ts).
import type { ResolveReason } from '../domain/questionnaire/registry';
import type { QuestionnaireRef } from '../domain/questionnaire/schema';
import type { Translate } from './translate';

/** Why a questionnaire is not known to this app, in the app's language. */
export function resolveFailureText(
  t: Translate,
  failure: { reason: ResolveReason; ref: QuestionnaireRef; known?: string[] },
): string {
  return t(`fileError.questionnaire.${failure.reason}`, {
    id: failure.ref.id,
    version: failure.ref.version,
    known: (failure.known ?? []).join(', '),
  });
}
