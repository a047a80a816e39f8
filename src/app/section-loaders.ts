import { sectionLoader } from './lazy-section';

// Every section is its own chunk, loaded when its address is opened (or sooner: preload-route.ts
// starts it from the address before React renders); the service worker precaches them all, so
// the app still opens every section offline.
export const sectionLoaders = {
  home: sectionLoader({ load: () => import('./sections/home'), texts: 'first-load' }),
  collectives: sectionLoader({ load: () => import('./sections/collectives'), texts: 'app' }),
  fillIn: sectionLoader({ load: () => import('./sections/fill-in'), texts: 'app' }),
  // the results screen offers the anonymised export for research, whose texts the research section owns
  results: sectionLoader({ load: () => import('./sections/results'), texts: 'research' }),
  questionnaires: sectionLoader({ load: () => import('./sections/questionnaires'), texts: 'app' }),
  codes: sectionLoader({ load: () => import('./sections/codes'), texts: 'app' }),
  settings: sectionLoader({ load: () => import('./sections/settings'), texts: 'app' }),
  funder: sectionLoader({ load: () => import('./sections/funder'), texts: 'funder' }),
  research: sectionLoader({ load: () => import('./sections/research'), texts: 'research' }),
};

export type SectionName = keyof typeof sectionLoaders;
