import { createRegistry } from '../domain/questionnaire/registry';
import type { QuestionnaireRegistry, RegistryEntry } from '../domain/questionnaire/registry';

// Vite inlines every published definition at build time, so the app knows them offline. Each comes
// parsed and hashed (the `?registry-entry` import, vite.config.ts): the build refuses a file that
// does not parse, and the browser neither parses nor canonicalises and hashes them before the
// first question. bundled-questionnaires.test.ts holds them to the files on disk.
/** Questionnaire files a test build bundles beside questionnaires/, parsed and hashed by the build
 * (CK_EXTRA_QUESTIONNAIRES in vite.config.ts); none in production. */
declare const __EXTRA_QUESTIONNAIRES__: { name: string; entry: RegistryEntry }[];

const bundledEntries = import.meta.glob<RegistryEntry>('../../questionnaires/*/*.json', {
  eager: true,
  import: 'default',
  query: '?registry-entry',
});

/** The bundled files as `<id>/<version>.json` names with their parsed and hashed entries. */
export function bundledQuestionnaireFiles(): { name: string; entry: RegistryEntry }[] {
  return Object.entries(bundledEntries)
    .map(([path, entry]) => ({
      name: path.replace('../../questionnaires/', '').replace(/\?registry-entry$/, ''),
      entry,
    }))
    .concat(__EXTRA_QUESTIONNAIRES__)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

let registry: Promise<QuestionnaireRegistry> | undefined;

/** The registry of every questionnaire version built into the app; made once. */
export function loadBundledRegistry(): Promise<QuestionnaireRegistry> {
  registry ??= Promise.resolve(createRegistry(bundledQuestionnaireFiles().map((f) => f.entry)));
  return registry;
}
