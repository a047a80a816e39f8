import { z } from 'zod';
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
  label: z.string().max(120).optional(),
  /** the name (or role) the respondent gave or was invited by; absent when they gave none */
  respondentName: z.string().trim().min(1).max(80).optional(),
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
