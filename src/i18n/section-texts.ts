import type { TextGroup } from '.';

/**
 * The texts each part of the app loads with its code, besides the first load's: a member's fill-in
 * pages only the member's group, the coordinator's sections all three groups, funder and research
 * their own too. `tests/section-texts.test.ts` holds each part to the keys its source uses.
 */
export const sectionTexts = {
  home: [],
  collectives: ['member', 'files', 'coordinator'],
  fillIn: ['member'],
  invitationLink: ['member'],
  // the anonymised export for research loads the research section's texts with its own code
  results: ['member', 'files', 'coordinator'],
  questionnaires: ['member', 'files', 'coordinator'],
  codes: ['member', 'files', 'coordinator'],
  settings: ['member', 'files', 'coordinator'],
  funder: ['member', 'files', 'coordinator', 'funder'],
  research: ['member', 'files', 'coordinator', 'research'],
  // the lost-database screen, shown by StartGate before any section
  recovery: ['member', 'files', 'coordinator'],
} as const satisfies Record<string, readonly TextGroup[]>;
