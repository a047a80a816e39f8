import { z } from '../zod-mini';
import { answersSchema, questionnaireRefSchema } from '../questionnaire/schema';
import type { Answers, QuestionnaireRef } from '../questionnaire/schema';
import { fileIdSchema, formatVersion, isoDateTimeSchema } from './common';

/** One respondent's answers, sent from their own device to the coordinator. */
export const responseFileSchema = z.strictObject({
  format: z.literal('ck-response'),
  formatVersion: z.literal(formatVersion),
  questionnaire: questionnaireRefSchema,
  scanId: fileIdSchema,
  respondentId: fileIdSchema,
  /** the scan's label, so the coordinator recognises the file */
  label: z.optional(z.string().check(z.maxLength(120))),
  /** the name (or role) the respondent gave or was invited by; absent when they gave none */
  respondentName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  answers: answersSchema,
  submittedAt: isoDateTimeSchema,
});
export type ResponseFile = z.infer<typeof responseFileSchema>;

/** Builds a response file with `format` and `formatVersion` first; the caller passes the time. */
export function buildResponseFile(input: {
  questionnaire: QuestionnaireRef;
  scanId: string;
  respondentId: string;
  label?: string;
  respondentName?: string;
  answers: Answers;
  submittedAt: string;
}): ResponseFile {
  return {
    format: 'ck-response',
    formatVersion,
    questionnaire: input.questionnaire,
    scanId: input.scanId,
    respondentId: input.respondentId,
    ...(input.label === undefined ? {} : { label: input.label }),
    ...(input.respondentName === undefined ? {} : { respondentName: input.respondentName }),
    answers: input.answers,
    submittedAt: input.submittedAt,
  };
}
