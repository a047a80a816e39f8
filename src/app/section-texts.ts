import type { TextGroup } from '../i18n';

/**
 * The texts each part of the app loads with its code, besides the first load's: a member's fill-in
 * pages only the member's group, the coordinator's sections both groups, funder and research their
 * own too. `tests/section-texts.test.ts` holds each part to the keys its source uses.
 */
export const sectionTexts = {
  home: [],
  collectives: ['member', 'coordinator'],
  fillIn: ['member'],
  // the results screen offers the anonymised export for research, whose texts the research section owns
  results: ['member', 'coordinator', 'research'],
  questionnaires: ['member', 'coordinator'],
  codes: ['member', 'coordinator'],
  settings: ['member', 'coordinator'],
  funder: ['member', 'coordinator', 'funder'],
  research: ['member', 'coordinator', 'research'],
  // the lost-database screen, shown by StartGate before any section
  recovery: ['member', 'coordinator'],
} as const satisfies Record<string, readonly TextGroup[]>;
