import { z } from '../zod-mini';
import { questionnaireRefSchema, type QuestionnaireRef } from '../questionnaire/ref-schema';
import { fileIdSchema, formatVersion, isoDateTimeSchema } from './common';

/** What a coordinator sends to respondents who answer on their own device. */
export const invitationFileSchema = z.strictObject({
  format: z.literal('ck-invitation'),
  formatVersion: z.literal(formatVersion),
  questionnaire: questionnaireRefSchema,
  scanId: fileIdSchema,
  label: z.optional(z.string().check(z.maxLength(120))),
  /** the name of the collective the scan belongs to, so the member knows whose questionnaire it is; absent in older files */
  collectiveName: z.optional(z.string().check(z.maxLength(120))),
  /** a member invited by name: the respondent id their answers come back under; absent for everyone */
  respondentId: z.optional(fileIdSchema),
  /** that member's name or role, shown to them and sent back with their answers */
  respondentName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  createdAt: isoDateTimeSchema,
});
export type InvitationFile = z.infer<typeof invitationFileSchema>;

/** Builds an invitation file with `format` and `formatVersion` first; the caller passes the time. */
export function buildInvitationFile(input: {
  questionnaire: QuestionnaireRef;
  scanId: string;
  label?: string;
  collectiveName?: string;
  respondentId?: string;
  respondentName?: string;
  createdAt: string;
}): InvitationFile {
  return {
    format: 'ck-invitation',
    formatVersion,
    questionnaire: input.questionnaire,
    scanId: input.scanId,
    ...(input.label === undefined ? {} : { label: input.label }),
    ...(input.collectiveName === undefined ? {} : { collectiveName: input.collectiveName }),
    ...(input.respondentId === undefined ? {} : { respondentId: input.respondentId }),
    ...(input.respondentName === undefined ? {} : { respondentName: input.respondentName }),
    createdAt: input.createdAt,
  };
}
