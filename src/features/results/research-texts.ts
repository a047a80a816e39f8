import type { TextGroup } from '../../i18n';

/** The texts AnonymiseForResearch loads with its code (tests/section-texts.test.ts holds it to them). */
export const anonymiseTexts = ['research'] as const satisfies readonly TextGroup[];
