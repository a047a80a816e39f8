import { z } from '../zod-mini';
import { answersSchema, questionnaireRefSchema, sha256Schema } from '../questionnaire/schema';
import { scanScoresSchema } from '../scoring/scan-scores-schema';
import { fileIdSchema, isoDateTimeSchema, optionValueSchema } from './common';

/** The collective's profile; option values of the questionnaire's profile items, null when unknown. */
export const resultCollectiveSchema = z.strictObject({
  name: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  sector: optionValueSchema,
  legalForm: optionValueSchema,
  memberBand: optionValueSchema,
  foundingYear: z.nullable(z.number().check(z.int())),
  municipality: z.nullable(z.string().check(z.maxLength(100))),
  province: optionValueSchema,
  volunteerBand: z.optional(optionValueSchema),
  staffBand: z.optional(optionValueSchema),
  ownIncomeShare: z.optional(optionValueSchema),
});
export type ResultCollective = z.infer<typeof resultCollectiveSchema>;

/**
 * From formatVersion 2 the collective carries its permanent id: a UUID v4 made once when the
 * collective is created, kept through backups and device moves, so a study can link its scans.
 */
export const resultCollectiveV2Schema = z.extend(resultCollectiveSchema, { id: z.uuidv4() });
export type ResultCollectiveV2 = z.infer<typeof resultCollectiveV2Schema>;

export const resultScanSchema = z.strictObject({
  id: fileIdSchema,
  label: z.nullable(z.string().check(z.maxLength(120))),
  startedAt: isoDateTimeSchema,
  closedAt: z.nullable(isoDateTimeSchema),
});
export type ResultScan = z.infer<typeof resultScanSchema>;

export const resultResponseSchema = z.strictObject({
  respondentId: fileIdSchema,
  role: z.optional(z.string().check(z.maxLength(120))),
  answers: answersSchema,
  comments: z.optional(z.string().check(z.maxLength(5000))),
});
export type ResultResponse = z.infer<typeof resultResponseSchema>;

export const generatorSchema = z.strictObject({
  app: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
});
export type Generator = z.infer<typeof generatorSchema>;

/** Respondent ids must be unique within one result: findings and comparisons name respondents by id. */
export const resultResponsesSchema = z.array(resultResponseSchema).check(
  z.superRefine((responses, ctx) => {
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
  }),
);

/** The result format versions every reader accepts; writers write the last. */
export const resultFormatVersions = [1, 2] as const;

function resultFileShape<V extends number, C extends z.core.$ZodType>(version: V, collective: C) {
  return z.strictObject({
    format: z.literal('ck-result'),
    formatVersion: z.literal(version),
    questionnaire: questionnaireRefSchema,
    collective,
    scan: resultScanSchema,
    responses: resultResponsesSchema,
    scores: scanScoresSchema,
    generator: generatorSchema,
    /** SHA-256 of the RFC 8785 canonical form of every other field */
    digest: sha256Schema,
  });
}

/** Version 1: made before collectives had a permanent id; still read and verified as it was made. */
export const resultFileV1Schema = resultFileShape(1, resultCollectiveSchema);
export type ResultFileV1 = z.infer<typeof resultFileV1Schema>;

/** Version 2: the collective carries its permanent id. */
export const resultFileV2Schema = resultFileShape(2, resultCollectiveV2Schema);
export type ResultFileV2 = z.infer<typeof resultFileV2Schema>;

/** A scan's result as either version, for the published JSON Schema: one of the two shapes. */
export const resultFileVersionsSchema = z.discriminatedUnion('formatVersion', [
  resultFileV1Schema,
  resultFileV2Schema,
]);

/**
 * A result file of either version, as one shape: code that copies a result with a changed field keeps
 * its version without narrowing first. The schema holds that version 2 has an id and version 1 none.
 */
export type ResultFile = Omit<ResultFileV2, 'formatVersion' | 'collective'> & {
  formatVersion: (typeof resultFormatVersions)[number];
  collective: ResultCollective & { id?: string };
};

/** A scan's result: who, what was answered, the scores, and a digest over all of it (version 1 or 2). */
export const resultFileSchema = z.pipe(
  resultFileVersionsSchema,
  z.transform((file): ResultFile => file),
);

/** The collective's permanent id, or null for a version-1 result, which has none. */
export function collectiveIdOf(result: ResultFile): string | null {
  return result.formatVersion === 2 ? (result.collective.id ?? null) : null;
}
