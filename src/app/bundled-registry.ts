import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';

/** Where sections get the questionnaire registry: what is ready now, and how to load it. */
export type RegistrySource = {
  ready: () => QuestionnaireRegistry | undefined;
  load: () => Promise<QuestionnaireRegistry>;
};

let bundled: Promise<QuestionnaireRegistry> | undefined;
let bundledReady: QuestionnaireRegistry | undefined;

/**
 * The bundled questionnaires, loaded on first use only: the start page needs neither them nor zod,
 * so they stay out of the first load. Without React, so that the entry can start it from the
 * address (preload-route.ts).
 */
export const bundledRegistrySource: RegistrySource = {
  ready: () => bundledReady,
  load: () => {
    bundled ??= import('../storage/bundled-questionnaires')
      .then((m) => m.loadBundledRegistry())
      .then((registry) => (bundledReady = registry));
    bundled.catch(() => (bundled = undefined));
    return bundled;
  },
};
