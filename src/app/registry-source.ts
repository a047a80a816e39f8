import { createContext } from 'react';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';

/** Where sections get the questionnaire registry: what is ready now, and how to load it. */
export type RegistrySource = {
  ready: () => QuestionnaireRegistry | undefined;
  load: () => Promise<QuestionnaireRegistry>;
};

let bundled: Promise<QuestionnaireRegistry> | undefined;
let bundledReady: QuestionnaireRegistry | undefined;

/**
 * The bundled questionnaires, parsed and hashed on first use only: the start page needs neither
 * them nor zod, so they stay out of the first load.
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

/** A registry given by the caller (tests), ready at once. */
export function givenRegistrySource(registry: QuestionnaireRegistry): RegistrySource {
  return { ready: () => registry, load: () => Promise.resolve(registry) };
}

export const RegistrySourceContext = createContext<RegistrySource>(bundledRegistrySource);
