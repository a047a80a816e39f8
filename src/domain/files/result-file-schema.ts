import { z } from 'zod';
import { answersSchema, questionnaireRefSchema, sha256Schema } from '../questionnaire/schema';
import { scanScoresSchema } from '../scoring/scan-scores-schema';
import { fileIdSchema, formatVersion, isoDateTimeSchema, optionValueSchema } from './common';

/** The collective's profile; option values of the questionnaire's profile items, null when unknown. */
export const resultCollectiveSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).nullable(),
  sector: optionValueSchema,
  legalForm: optionValueSchema,
  memberBand: optionValueSchema,
  foundingYear: z.number().int().nullable(),
  municipality: z.string().max(100).nullable(),
  province: optionValueSchema,
  volunteerBand: optionValueSchema.optional(),
  staffBand: optionValueSchema.optional(),
  ownIncomeShare: optionValueSchema.optional(),
});
export type ResultCollective = z.infer<typeof resultCollectiveSchema>;

export const resultScanSchema = z.strictObject({
  id: fileIdSchema,
  label: z.string().max(120).nullable(),
  startedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
});
export type ResultScan = z.infer<typeof resultScanSchema>;

export const resultResponseSchema = z.strictObject({
  respondentId: fileIdSchema,
  role: z.string().max(120).optional(),
  answers: answersSchema,
  comments: z.string().max(5000).optional(),
});
export type ResultResponse = z.infer<typeof resultResponseSchema>;

export const generatorSchema = z.strictObject({
  app: z.string().min(1),
  version: z.string().min(1),
});
export type Generator = z.infer<typeof generatorSchema>;

/** Respondent ids must be unique within one result: findings and comparisons name respondents by id. */
export const resultResponsesSchema = z.array(resultResponseSchema).superRefine((responses, ctx) => {
  const seen = new Set<string>();
  responses.forEach((response, index) => {
    if (seen.has(response.respondentId)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'respondentId'],
        params: { code: 'duplicate-id' },
      });
    }
    seen.add(response.respondentId);
  });
});

/** A scan's result: who, what was answered, the scores, and a digest over all of it. */
export const resultFileSchema = z.strictObject({
  format: z.literal('ck-result'),
  formatVersion: z.literal(formatVersion),
  questionnaire: questionnaireRefSchema,
  collective: resultCollectiveSchema,
  scan: resultScanSchema,
  responses: resultResponsesSchema,
  scores: scanScoresSchema,
  generator: generatorSchema,
  /** SHA-256 of the RFC 8785 canonical form of every other field */
  digest: sha256Schema,
});
export type ResultFile = z.infer<typeof resultFileSchema>;
