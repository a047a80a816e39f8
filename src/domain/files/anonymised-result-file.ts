import { z } from '../zod-mini';
import { answersSchema, questionnaireRefSchema, sha256Schema } from '../questionnaire/schema';
import { scanScoresSchema } from '../scoring/scan-scores-schema';
import { fileIdSchema, formatVersion } from './common';
import { generatorSchema } from './result-file-schema';

/**
 * A quasi-identifier after generalisation: an option value, a coarser group (`region.noord`,
 * `group.assets`, `band.upto100`, `form.memberBased`), "suppressed", or null when unknown.
 * The hierarchy is src/domain/research/quasi-identifiers.ts.
 */
const generalisedSchema = z.nullable(z.string().check(z.minLength(1)));

/** How far each quasi-identifier was generalised: 0 = as given, the highest level = suppressed. */
export const generalisationLevelsSchema = z.strictObject({
  sector: z.number().check(z.int(), z.nonnegative()),
  legalForm: z.number().check(z.int(), z.nonnegative()),
  memberBand: z.number().check(z.int(), z.nonnegative()),
  province: z.number().check(z.int(), z.nonnegative()),
  foundingDecade: z.number().check(z.int(), z.nonnegative()),
});
export type GeneralisationLevels = z.infer<typeof generalisationLevelsSchema>;

/**
 * A result without anything identifying (DESIGN.md "Anonymised result"): no name, municipality,
 * comments, roles or free text; founding year as a decade; fresh random ids. Produced by the research
 * issue's anonymiser, which also makes every quasi-identifier combination shared by at least k results.
 */
export const anonymisedResultFileSchema = z.strictObject({
  format: z.literal('ck-result-anonymised'),
  formatVersion: z.literal(formatVersion),
  questionnaire: questionnaireRefSchema,
  collective: z.strictObject({
    /** HMAC-SHA-256(study key, collective id), lowercase hex; only with a study key */
    pseudonym: z.optional(sha256Schema),
    sector: generalisedSchema,
    legalForm: generalisedSchema,
    memberBand: generalisedSchema,
    province: generalisedSchema,
    /** a decade (2010), a 20-year band ("2000-2019"), "suppressed", or null when unknown */
    foundingDecade: z.nullable(
      z.union([
        z.number().check(z.int(), z.multipleOf(10)),
        z.string().check(z.regex(/^\d{4}-\d{4}$/)),
        z.literal('suppressed'),
      ]),
    ),
    volunteerBand: z.optional(generalisedSchema),
    staffBand: z.optional(generalisedSchema),
    ownIncomeShare: z.optional(generalisedSchema),
  }),
  /** a fresh id and the year the scan closed (or started), no exact dates */
  scan: z.strictObject({
    id: fileIdSchema,
    year: z.nullable(z.number().check(z.int())),
  }),
  /** answers to scored and choice items only; text answers are dropped */
  responses: z.array(z.strictObject({ respondentId: fileIdSchema, answers: answersSchema })),
  scores: scanScoresSchema,
  anonymisation: z.strictObject({
    /** every quasi-identifier combination is shared by at least k results of the same export */
    k: z.number().check(z.int(), z.positive()),
    /** `batch`: k-anonymous within an export; `single`: one result, quasi-identifiers suppressed unless kept by consent */
    mode: z.optional(z.enum(['batch', 'single'])),
    levels: z.optional(generalisationLevelsSchema),
  }),
  generator: generatorSchema,
  digest: sha256Schema,
});
export type AnonymisedResultFile = z.infer<typeof anonymisedResultFileSchema>;
