import { z } from 'zod';
import { answersSchema, questionnaireRefSchema, sha256Schema } from '../questionnaire/schema';
import { scanScoresSchema } from '../scoring/scan-scores-schema';
import { fileIdSchema, formatVersion } from './common';
import { generatorSchema } from './result-file-schema';

/** A quasi-identifier after generalisation: a (possibly coarser) option value, "suppressed", or null when unknown. */
const generalisedSchema = z.string().min(1).nullable();

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
    sector: generalisedSchema,
    legalForm: generalisedSchema,
    memberBand: generalisedSchema,
    province: generalisedSchema,
    foundingDecade: z.union([z.number().int().multipleOf(10), z.literal('suppressed')]).nullable(),
    volunteerBand: generalisedSchema.optional(),
    staffBand: generalisedSchema.optional(),
    ownIncomeShare: generalisedSchema.optional(),
  }),
  /** a fresh id and the year the scan closed (or started), no exact dates */
  scan: z.strictObject({
    id: fileIdSchema,
    year: z.number().int().nullable(),
  }),
  /** answers to scored and choice items only; text answers are dropped */
  responses: z.array(z.strictObject({ respondentId: fileIdSchema, answers: answersSchema })),
  scores: scanScoresSchema,
  anonymisation: z.strictObject({
    /** every quasi-identifier combination is shared by at least k results of the same export */
    k: z.number().int().positive(),
  }),
  generator: generatorSchema,
  digest: sha256Schema,
});
export type AnonymisedResultFile = z.infer<typeof anonymisedResultFileSchema>;
