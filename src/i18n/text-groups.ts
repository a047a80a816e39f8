import { omitPaths, pickPaths } from './key-paths';
import type { MessageTree } from './merge-messages';

/**
 * The app's texts (all but the first load's and the funder's and research's own files) come in
 * three groups, each one file per language built by vite.config.ts: what a member's pages show (the
 * fill-in section), why a file was refused (the file pickers), and the rest, which the
 * coordinator's sections load beside the other two. A member on a phone network then loads no
 * coordinator's texts. `tests/section-texts.test.ts` reads each section's source for the keys it
 * uses and fails when one is not in the texts the section loads.
 */
export const appTextGroups = ['member', 'files', 'coordinator'] as const;
export type AppTextGroup = (typeof appTextGroups)[number];

/** The key paths of the member's group: the fill-in pages, the review step's answer code, why a link was refused. */
export const memberTextPaths = [
  'fillIn',
  'failure',
  'invitation',
  'welcome',
  'respondStatus',
  'openInvitation',
  'sentStatus',
  'respondents.fromFile',
  'phones.answer',
  'phones.openLink',
  'phones.qrLabel',
  'phones.qrLoading',
  'phones.respondFor',
  'phones.shareFailed',
  'dataSafety.persist',
  'dataSafety.quota',
  'fileError.questionnaire',
];

/** The key paths of the files' group (less what the member's holds): why a file was refused. */
export const fileTextPaths = ['fileError', 'screeningReasons', 'criteriaFails'];

/** The texts of one group, cut from all of the app's texts in one language. */
export function textsOfGroup(appTexts: MessageTree, group: AppTextGroup): MessageTree {
  if (group === 'member') return pickPaths(appTexts, memberTextPaths);
  if (group === 'files') return omitPaths(pickPaths(appTexts, fileTextPaths), memberTextPaths);
  return omitPaths(appTexts, [...memberTextPaths, ...fileTextPaths]);
}
