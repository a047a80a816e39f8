import { z } from '../../zod-mini';
import { isoDateTimeSchema } from '../../files/common';
import { topLevel, type QuasiIdentifierId } from '../quasi-identifiers';

/** The study key's length: 256 random bits, written as 43 characters of base64url. */
export const studyKeyBytes = 32;

const levelOf = (id: QuasiIdentifierId) =>
  z.optional(z.number().check(z.int(), z.gte(0), z.lte(topLevel(id))));

/**
 * What a study asks collectives to share of their profile: per quasi-identifier the level it is
 * published at (0 = as given, 1 = coarser, the top = suppressed, the default when absent). Answers,
 * scores and the scan year always go; names, comments and everything else identifying never do.
 */
export const studyCollectsSchema = z._default(
  z.strictObject({
    sector: levelOf('sector'),
    legalForm: levelOf('legalForm'),
    memberBand: levelOf('memberBand'),
    province: levelOf('province'),
    foundingDecade: levelOf('foundingDecade'),
  } satisfies Record<QuasiIdentifierId, z.ZodMiniType>),
  {},
);
export type StudyCollects = Partial<Record<QuasiIdentifierId, number>>;

/** What a research team hands the collectives of one study (`ck-study`): name, key, k, what is collected. */
export const studyFileSchema = z.strictObject({
  format: z.literal('ck-study'),
  formatVersion: z.literal(1),
  /** fresh per study, so a device tells two studies with the same name apart */
  id: z.uuidv4(),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** 256 random bits as base64url; the pseudonym's HMAC key is this text's UTF-8 bytes */
  key: z.string().check(z.maxLength(200)),
  /** the smallest group the team publishes figures for (k-anonymity of its batch exports) */
  k: z.number().check(z.int(), z.gte(1), z.lte(1000)),
  collects: studyCollectsSchema,
  createdAt: isoDateTimeSchema,
});
export type StudyFile = z.infer<typeof studyFileSchema>;
