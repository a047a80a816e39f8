// The command line's English, apart from translate.ts so that the app's routes, which word through
// i18next, do not load the English texts a second time.
import en from './messages/en.json';
import type { ReasonWording } from './screen-reason-text';
import { translateFrom, type Translate } from './translate';

/** The English texts, for the command line. */
export const englishTranslate: Translate = translateFrom(en);

/** The command line's English for screening reasons: numbers rounded to three decimals. */
export const englishReasonWording: ReasonWording = {
  t: englishTranslate,
  formatNumber: (value) => String(Math.round(value * 1000) / 1000),
};
