import { questionnaireRef } from './identity';
import { parseQuestionnaire } from './parse';
import type { QuestionnaireError } from './questionnaire-error';
import { createRegistry, type QuestionnaireRegistry } from './registry';

// Apart from registry.ts: the app's registry comes parsed and hashed from the build, so the page
// that only looks a questionnaire up never loads the parser and its schema.

/** A questionnaire error as its code and values, for a thrown error when no wording is passed. */
const codeAndValues = (error: QuestionnaireError) =>
  error.code === 'unreadable-file'
    ? `${error.code} ${JSON.stringify(error.error)}`
    : `${error.code} ${JSON.stringify(error.values)}`;

/**
 * Parses questionnaire files and builds a registry; throws naming the file and its errors if one is
 * invalid, each error worded by `describeError` (the domain has no words: the caller passes them).
 */
export async function registryFromRawFiles(
  files: { name: string; raw: unknown }[],
  { describeError = codeAndValues }: { describeError?: (error: QuestionnaireError) => string } = {},
): Promise<QuestionnaireRegistry> {
  const entries = await Promise.all(
    files.map(async ({ name, raw }) => {
      const result = parseQuestionnaire(raw);
      if (!result.ok) {
        const lines = result.errors.map(
          (e) => `  ${e.path ? `${e.path}: ` : ''}${describeError(e)}`,
        );
        throw new Error(`${name} is not a valid questionnaire:\n${lines.join('\n')}`);
      }
      const ref = await questionnaireRef({ raw, questionnaire: result.questionnaire });
      return { questionnaire: result.questionnaire, ref };
    }),
  );
  return createRegistry(entries);
}
