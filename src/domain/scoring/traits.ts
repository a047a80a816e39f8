import { z } from '../zod-mini';
import type { Answers, Questionnaire } from '../questionnaire/schema';
import { itemListsOf } from './item-lists';

// Loose like the other parts of the scores: extra fields are welcome (rule 8).

export const traitCountsSchema = z.looseObject({
  yes: z.number().check(z.int(), z.nonnegative()),
  partly: z.number().check(z.int(), z.nonnegative()),
  no: z.number().check(z.int(), z.nonnegative()),
  unanswered: z.number().check(z.int(), z.nonnegative()),
});
export type TraitCounts = z.infer<typeof traitCountsSchema>;

/** The community-enterprise traits as a profile, apart from the five scores: counts per trait item and in total. */
export const traitsProfileSchema = z.looseObject({
  items: z.record(z.string(), traitCountsSchema),
  total: traitCountsSchema,
});
export type TraitsProfile = z.infer<typeof traitsProfileSchema>;

const emptyCounts = (): TraitCounts => ({ yes: 0, partly: 0, no: 0, unanswered: 0 });

type CountKey = 'yes' | 'partly' | 'no' | 'unanswered';

function countKey(value: unknown): CountKey {
  return value === 'yes' || value === 'partly' || value === 'no' ? value : 'unanswered';
}

/** Trait items: single-choice items in a section of kind "traits". */
export function traitItemIds(questionnaire: Questionnaire): readonly string[] {
  return itemListsOf(questionnaire).traits;
}

/** Counts yes / partly / no / unanswered for each trait item across respondents, and over all trait items. */
export function summariseTraits({
  questionnaire,
  answers,
}: {
  questionnaire: Questionnaire;
  answers: readonly Answers[];
}): TraitsProfile {
  const profile: TraitsProfile = { items: {}, total: emptyCounts() };
  for (const id of traitItemIds(questionnaire)) {
    const counts = emptyCounts();
    for (const set of answers) counts[countKey(set[id])] += 1;
    profile.items[id] = counts;
    for (const key of ['yes', 'partly', 'no', 'unanswered'] as const) {
      profile.total[key] += counts[key];
    }
  }
  return profile;
}
