import { sectionLoader } from './lazy-section';
import { sectionTexts } from '../i18n/section-texts';
import { sectionModules as load, type SectionName } from './section-modules';

export type { SectionName } from './section-modules';

/** Each section's code with its texts (section-texts.ts), loaded once; the routes use these. */
export const sectionLoaders = {
  home: sectionLoader({ load: load.home, texts: sectionTexts.home }),
  collectives: sectionLoader({ load: load.collectives, texts: sectionTexts.collectives }),
  fillIn: sectionLoader({ load: load.fillIn, texts: sectionTexts.fillIn }),
  invitationLink: sectionLoader({ load: load.invitationLink, texts: sectionTexts.invitationLink }),
  results: sectionLoader({ load: load.results, texts: sectionTexts.results }),
  questionnaires: sectionLoader({ load: load.questionnaires, texts: sectionTexts.questionnaires }),
  codes: sectionLoader({ load: load.codes, texts: sectionTexts.codes }),
  settings: sectionLoader({ load: load.settings, texts: sectionTexts.settings }),
  funder: sectionLoader({ load: load.funder, texts: sectionTexts.funder }),
  research: sectionLoader({ load: load.research, texts: sectionTexts.research }),
} satisfies Record<SectionName, unknown>;
