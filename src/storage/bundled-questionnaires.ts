import { registryFromRawFiles } from '../domain/questionnaire';
import type { QuestionnaireRegistry } from '../domain/questionnaire';

// Vite inlines every published definition at build time, so the app knows them offline.
const bundledFiles = import.meta.glob('../../questionnaires/*/*.json', {
  eager: true,
  import: 'default',
});

/** The bundled files as `<id>/<version>.json` names with their raw JSON values. */
export function bundledQuestionnaireFiles(): { name: string; raw: unknown }[] {
  return Object.entries(bundledFiles)
    .map(([path, raw]) => ({ name: path.replace('../../questionnaires/', ''), raw }))
    .concat(__EXTRA_QUESTIONNAIRES__)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

let registry: Promise<QuestionnaireRegistry> | undefined;

/** The registry of every questionnaire version built into the app; computed once. */
export function loadBundledRegistry(): Promise<QuestionnaireRegistry> {
  registry ??= registryFromRawFiles(bundledQuestionnaireFiles());
  return registry;
}
