import { z } from '../zod-mini';
import { bandSchema } from '../questionnaire/schema';
import { traitsProfileSchema } from './traits';

// Loose objects: rule 8 welcomes extra fields, and a reader must keep them so the digest still matches.
const unit = z.number().check(z.gte(0), z.lte(1));

export const conditionScoreSchema = z.looseObject({
  /** collective mean on 1–5: the median of the respondents' means; null when insufficient */
  mean: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  /** (mean − 1) / 4 × 100, exact; round with displayScore */
  score: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  membership: z.nullable(unit),
  /** interquartile range of the respondents' means, null under 3 respondents */
  iqr: z.nullable(z.number().check(z.nonnegative())),
  /** first and third quartile of the respondents' means on 1–5 (the spread drawn on the radar), null under 3 */
  q1: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  q3: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  /** respondents whose mean counted */
  respondents: z.number().check(z.int(), z.nonnegative()),
  insufficient: z.boolean(),
  band: z.nullable(bandSchema),
});
export type ConditionScore = z.infer<typeof conditionScoreSchema>;

export const pathScoreSchema = z.looseObject({
  membership: z.nullable(unit),
  fits: z.boolean(),
  bottleneck: z.nullable(z.string()),
});

/** The scorer's output (DESIGN.md rule 8): the `scores` of a result file and of `selfscan score --json`. */
export const scanScoresSchema = z.looseObject({
  conditions: z.record(z.string(), conditionScoreSchema),
  paths: z.record(z.string(), pathScoreSchema),
  viability: z.nullable(unit),
  necessaryMissing: z.array(z.string()),
  discussionPoints: z.array(z.string()),
  closestPath: z.nullable(z.string()),
  traits: traitsProfileSchema,
});
export type ScanScores = z.infer<typeof scanScoresSchema>;
