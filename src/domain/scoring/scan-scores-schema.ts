import { z } from 'zod';
import { bandSchema } from '../questionnaire/schema';
import { traitsProfileSchema } from './traits';

// Loose objects: rule 8 welcomes extra fields, and a reader must keep them so the digest still matches.
const unit = z.number().min(0).max(1);

export const conditionScoreSchema = z.looseObject({
  /** collective mean on 1–5: the median of the respondents' means; null when insufficient */
  mean: z.number().min(1).max(5).nullable(),
  /** (mean − 1) / 4 × 100, exact; round with displayScore */
  score: z.number().min(0).max(100).nullable(),
  membership: unit.nullable(),
  /** interquartile range of the respondents' means, null under 3 respondents */
  iqr: z.number().nonnegative().nullable(),
  /** first and third quartile of the respondents' means on 1–5 (the spread drawn on the radar), null under 3 */
  q1: z.number().min(1).max(5).nullable(),
  q3: z.number().min(1).max(5).nullable(),
  /** respondents whose mean counted */
  respondents: z.number().int().nonnegative(),
  insufficient: z.boolean(),
  band: bandSchema.nullable(),
});
export type ConditionScore = z.infer<typeof conditionScoreSchema>;

export const pathScoreSchema = z.looseObject({
  membership: unit.nullable(),
  fits: z.boolean(),
  bottleneck: z.string().nullable(),
});

/** The scorer's output (DESIGN.md rule 8): the `scores` of a result file and of `selfscan score --json`. */
export const scanScoresSchema = z.looseObject({
  conditions: z.record(z.string(), conditionScoreSchema),
  paths: z.record(z.string(), pathScoreSchema),
  viability: unit.nullable(),
  necessaryMissing: z.array(z.string()),
  discussionPoints: z.array(z.string()),
  closestPath: z.string().nullable(),
  traits: traitsProfileSchema,
});
export type ScanScores = z.infer<typeof scanScoresSchema>;
