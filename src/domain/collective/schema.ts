import { z } from '../zod-mini';
import { answersSchema, questionnaireRefSchema } from '../questionnaire/schema';

const isoDate = z.iso.datetime({ offset: true });
const optionValue = z.nullable(z.string().check(z.minLength(1)));

/** A collective as kept on the coordinator's device. Profile fields hold option values of the questionnaire's profile items. */
export const collectiveSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  sector: optionValue,
  legalForm: optionValue,
  memberBand: optionValue,
  volunteerBand: optionValue,
  staffBand: optionValue,
  ownIncomeShare: optionValue,
  foundingYear: z.nullable(z.number().check(z.int())),
  municipality: z.nullable(z.string().check(z.trim(), z.maxLength(100))),
  province: optionValue,
  isExample: z._default(z.boolean(), false),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Collective = z.infer<typeof collectiveSchema>;

export const scanStatusSchema = z.enum(['open', 'closed']);

/** A member invited by name to answer on their own device: their answers come back under `respondentId`. */
export const inviteeSchema = z.strictObject({
  respondentId: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  invitedAt: isoDate,
});
export type Invitee = z.infer<typeof inviteeSchema>;

/** One round of the self-scan for a collective, on one questionnaire version. */
export const scanSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  collectiveId: z.string().check(z.minLength(1)),
  questionnaire: questionnaireRefSchema,
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  status: scanStatusSchema,
  startedAt: isoDate,
  closedAt: z.nullable(isoDate),
  /** members invited by name, in the order they were added; absent on scans from before */
  invitees: z.optional(z.array(inviteeSchema).check(z.maxLength(500))),
  /** how many answers the coordinator expects from members' own devices, when they said so */
  expectedCount: z.optional(z.number().check(z.int(), z.gte(1), z.lte(9999))),
});
export type Scan = z.infer<typeof scanSchema>;

/**
 * One respondent's answers within a scan. The name stays on this device and never enters a result
 * file; the respondent's role is an answer like any other (the questionnaire's `role` item).
 */
export const storedResponseSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  scanId: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.maxLength(80)),
  answers: answersSchema,
  /** `device`: answered in this browser; `import`: read from a response file; `code`: from an answer code */
  source: z.enum(['device', 'import', 'code']),
  /** how many times answers for this respondent arrived from their own device (2 and more: answered again) */
  timesReceived: z.optional(z.number().check(z.int(), z.gte(1))),
  /** when answers for this respondent last arrived from their own device, also when they were kept unchanged */
  lastArrivalAt: z.optional(isoDate),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/** On a respondent's own device: the invitation they opened and the response they fill in for it. */
export const invitationSchema = z.strictObject({
  scanId: z.string().check(z.minLength(1)),
  questionnaire: questionnaireRefSchema,
  label: z.nullable(z.string().check(z.maxLength(120))),
  /** the collective's name from the invitation; absent in invitations opened before it was sent */
  collectiveName: z.optional(z.string().check(z.maxLength(120))),
  responseId: z.string().check(z.minLength(1)),
  openedAt: isoDate,
  /** when the answers last left this device, and how: their answer code shown, or the response file saved */
  sentAt: z.optional(isoDate),
  sentAs: z.optional(z.enum(['code', 'file'])),
});
export type Invitation = z.infer<typeof invitationSchema>;
