import { z } from '../zod-mini';
import { unpackLimits } from '../files/file-limits';
import { pdfStructureProblems } from '../files/pdf-error';
import { answerValueSchema, questionnaireRefSchema } from '../questionnaire/schema';
import { screenStatuses, type ScreenReason } from './screen-status';

const text = z.string().check(z.maxLength(1000));
const pagesSchema = z.array(z.number().check(z.int())).check(z.minLength(1), z.maxLength(10_000));

const reasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('digest-mismatch') }),
  z.strictObject({
    code: z.literal('score-differs'),
    source: z.enum(['stored', 'printed']),
    scope: z.enum(['condition', 'path', 'scan']),
    id: z.nullable(text),
    field: text,
    stated: z.unknown(),
    recomputed: z.unknown(),
  }),
  z.strictObject({ code: z.literal('printed-name-differs'), attached: text }),
  z.strictObject({
    code: z.literal('printed-digest-differs'),
    pages: pagesSchema,
    printed: z.nullable(text),
  }),
  z.strictObject({
    code: z.literal('printed-questionnaire-missing'),
    pages: pagesSchema,
    questionnaire: text,
  }),
  z.strictObject({
    code: z.literal('answer-off-scale'),
    respondentId: text,
    item: text,
    value: answerValueSchema,
  }),
  z.strictObject({ code: z.literal('unknown-item'), respondentId: text, item: text }),
  z.strictObject({
    code: z.literal('unknown-questionnaire'),
    reason: z.enum(['unknown-id', 'unknown-version', 'hash-mismatch']),
    questionnaire: questionnaireRefSchema,
  }),
  z.strictObject({
    code: z.literal('newer-questionnaire'),
    questionnaire: questionnaireRefSchema,
    newestKnown: text,
  }),
  z.strictObject({ code: z.literal('no-attachment') }),
  z.strictObject({ code: z.literal('attachment-not-result'), found: z.nullable(text) }),
  z.strictObject({ code: z.literal('wrong-format'), found: z.nullable(text) }),
  z.strictObject({ code: z.literal('not-pdf-or-json') }),
  z.strictObject({ code: z.literal('too-large'), bytes: z.number(), limit: z.number() }),
  z.strictObject({ code: z.literal('empty-file') }),
  z.strictObject({ code: z.literal('read-failed') }),
  z.strictObject({ code: z.literal('damaged-pdf') }),
  z.strictObject({ code: z.literal('not-json') }),
  z.strictObject({ code: z.literal('unsupported-format-version'), found: z.unknown() }),
  z.strictObject({ code: z.literal('invalid-file'), paths: z.array(text).check(z.maxLength(100)) }),
  z.strictObject({
    code: z.literal('unpacks-too-large'),
    part: z.enum(Object.keys(unpackLimits) as [keyof typeof unpackLimits]),
    limit: z.number(),
  }),
  z.strictObject({
    code: z.literal('pdf-structure'),
    problem: z.enum(pdfStructureProblems),
    limit: z.nullable(z.number()),
  }),
  z.strictObject({ code: z.literal('too-slow'), limitMs: z.number() }),
  z.strictObject({ code: z.literal('duplicate-of'), fileName: text }),
  z.strictObject({ code: z.literal('already-imported'), digest: text }),
  z.strictObject({
    code: z.literal('same-result-as'),
    fileName: text,
    collective: z.nullable(text),
  }),
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Screenings kept before page reasons were merged hold one reason per page (`page: 3`).
function pageAsPages(value: unknown): unknown {
  if (!isRecord(value) || typeof value.page !== 'number') return value;
  const { page, ...rest } = value;
  return { ...rest, pages: [page] };
}

/**
 * A screening reason as it is kept on the device and in a saved screening: the same codes and values
 * as `ScreenReason`, checked when read back.
 */
export const screenReasonSchema = z.pipe(z.transform(pageAsPages), reasonSchema);

// checked both ways at compile time, so the schema and the type cannot drift apart unnoticed
type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesType: IsSame<z.infer<typeof screenReasonSchema>, ScreenReason> = true;

export const screenStatusSchema = z.enum(screenStatuses);
