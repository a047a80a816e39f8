// Loading the questionnaire registry for a command, reporting a broken folder as `<dir>: <reason>`.
import { relative } from 'node:path';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { loadQuestionnaireRegistry } from './load-questionnaires';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

/** The registry from a questionnaires folder, or undefined after printing why it could not be loaded. */
export async function loadRegistryOrReport(
  dir: string,
): Promise<QuestionnaireRegistry | undefined> {
  try {
    const registry = await loadQuestionnaireRegistry(dir);
    if (registry.entries.length === 0) {
      const shown = relative(process.cwd(), dir) || dir;
      console.error(cliArgumentText({ code: 'no-questionnaires', dir: shown }));
      return undefined;
    }
    return registry;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}
