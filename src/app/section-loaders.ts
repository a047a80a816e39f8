import { sectionLoader } from './lazy-section';
import { sectionTexts } from '../i18n/section-texts';

// Every section is its own chunk, loaded when its address is opened (or sooner: preload-route.ts
// starts it from the address before React renders); the service worker precaches them all, so
// the app still opens every section offline.
export const sectionLoaders = {
  home: sectionLoader({ load: () => import('./sections/home'), texts: sectionTexts.home }),
  collectives: sectionLoader({
    load: () => import('./sections/collectives'),
    texts: sectionTexts.collectives,
  }),
  fillIn: sectionLoader({ load: () => import('./sections/fill-in'), texts: sectionTexts.fillIn }),
  // a member's welcome from an invitation link on a device that never held anything: no storage
  invitationLink: sectionLoader({
    load: () => import('./sections/invitation-link'),
    texts: sectionTexts.invitationLink,
  }),
  results: sectionLoader({ load: () => import('./sections/results'), texts: sectionTexts.results }),
  questionnaires: sectionLoader({
    load: () => import('./sections/questionnaires'),
    texts: sectionTexts.questionnaires,
  }),
  codes: sectionLoader({ load: () => import('./sections/codes'), texts: sectionTexts.codes }),
  settings: sectionLoader({
    load: () => import('./sections/settings'),
    texts: sectionTexts.settings,
  }),
  funder: sectionLoader({ load: () => import('./sections/funder'), texts: sectionTexts.funder }),
  research: sectionLoader({
    load: () => import('./sections/research'),
    texts: sectionTexts.research,
  }),
};

export type SectionName = keyof typeof sectionLoaders;
