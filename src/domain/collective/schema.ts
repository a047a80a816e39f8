import { z } from 'zod';
import { answersSchema, questionnaireRefSchema } from '../questionnaire/schema';

const isoDate = z.iso.datetime({ offset: true });
const optionValue = z.string().min(1).nullable();

/** A collective as kept on the coordinator's device. Profile fields hold option values of the questionnaire's profile items. */
export const collectiveSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  sector: optionValue,
  legalForm: optionValue,
  memberBand: optionValue,
  volunteerBand: optionValue,
  staffBand: optionValue,
  ownIncomeShare: optionValue,
  foundingYear: z.number().int().nullable(),
  municipality: z.string().trim().max(100).nullable(),
  province: optionValue,
  isExample: z.boolean().default(false),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Collective = z.infer<typeof collectiveSchema>;

export const scanStatusSchema = z.enum(['open', 'closed']);

/** A member invited by name to answer on their own device: their answers come back under `respondentId`. */
export const inviteeSchema = z.strictObject({
  respondentId: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  invitedAt: isoDate,
});
export type Invitee = z.infer<typeof inviteeSchema>;

/** One round of the self-scan for a collective, on one questionnaire version. */
export const scanSchema = z.strictObject({
  id: z.string().min(1),
  collectiveId: z.string().min(1),
  questionnaire: questionnaireRefSchema,
  label: z.string().trim().min(1).max(120),
  status: scanStatusSchema,
  startedAt: isoDate,
  closedAt: isoDate.nullable(),
  /** members invited by name, in the order they were added; absent on scans from before */
  invitees: z.array(inviteeSchema).max(500).optional(),
  /** how many answers the coordinator expects from members' own devices, when they said so */
  expectedCount: z.number().int().min(1).max(9999).optional(),
});
export type Scan = z.infer<typeof scanSchema>;

/**
 * One respondent's answers within a scan. The name stays on this device and never enters a result
 * file; the respondent's role is an answer like any other (the questionnaire's `role` item).
 */
export const storedResponseSchema = z.strictObject({
  id: z.string().min(1),
  scanId: z.string().min(1),
  name: z.string().trim().max(80),
  answers: answersSchema,
  /** `device`: answered in this browser; `import`: read from a response file; `code`: from an answer code */
  source: z.enum(['device', 'import', 'code']),
  /** how many times answers for this respondent arrived from their own device (2 and more: answered again) */
  timesReceived: z.number().int().min(1).optional(),
  /** when answers for this respondent last arrived from their own device, also when they were kept unchanged */
  lastArrivalAt: isoDate.optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/** On a respondent's own device: the invitation they opened and the response they fill in for it. */
export const invitationSchema = z.strictObject({
  scanId: z.string().min(1),
  questionnaire: questionnaireRefSchema,
  label: z.string().max(120).nullable(),
  /** the collective's name from the invitation; absent in invitations opened before it was sent */
  collectiveName: z.string().max(120).optional(),
  responseId: z.string().min(1),
  openedAt: isoDate,
  /** when the answers last left this device, and how: their answer code shown, or the response file saved */
  sentAt: isoDate.optional(),
  sentAs: z.enum(['code', 'file']).optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;
