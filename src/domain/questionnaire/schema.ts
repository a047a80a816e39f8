import { z } from '../zod-mini';
import { idSchema, semverSchema } from './ref-schema';

// what names a questionnaire (ids, versions, hashes, the ref) lives in ref-schema.ts, so that a file
// naming one (an invitation, say) is read without building the questionnaire's own schema
export * from './ref-schema';

/** A text in every language the app speaks; both are required. */
export const localizedTextSchema = z.strictObject({
  nl: z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const calibrationSchema = z.strictObject({
  exclusion: z.number(),
  crossover: z.number(),
  inclusion: z.number(),
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const conditionSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  /** what the condition means and why it matters, with the research behind it */
  explanation: localizedTextSchema,
  calibration: calibrationSchema,
});
export type Condition = z.infer<typeof conditionSchema>;

/** A page of the questionnaire that is not a condition: the profile, the traits, closing remarks. */
export const sectionSchema = z.strictObject({
  id: idSchema,
  /** `traits` sections hold the community-enterprise traits, summarised as a profile apart from the scores */
  kind: z.enum(['profile', 'traits', 'other']),
  title: localizedTextSchema,
  intro: localizedTextSchema,
});
export type Section = z.infer<typeof sectionSchema>;

export const optionSchema = z.strictObject({
  value: idSchema,
  label: localizedTextSchema,
});
export type Option = z.infer<typeof optionSchema>;

const itemBase = {
  id: idSchema,
  /** a scored item belongs to a condition; any other item to a section */
  condition: z.optional(idSchema),
  section: z.optional(idSchema),
  text: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  /** `collective` items describe the collective and are filled in once by the coordinator; others by each respondent */
  scope: z._default(z.enum(['collective', 'respondent']), 'respondent'),
  required: z._default(z.boolean(), false),
};

export const likertItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('likert5'),
  reverse: z._default(z.boolean(), false),
});
export const singleChoiceItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('single-choice'),
  options: z.array(optionSchema).check(z.minLength(2)),
});
export const multiChoiceItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('multi-choice'),
  options: z.array(optionSchema).check(z.minLength(2)),
});
export const numberItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
export const yearItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('year'),
  min: z._default(z.number().check(z.int()), 1800),
});
export const textItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('text'),
  maxLength: z._default(z.number().check(z.int(), z.positive()), 2000),
});

export const itemSchema = z.discriminatedUnion('type', [
  likertItemSchema,
  singleChoiceItemSchema,
  multiChoiceItemSchema,
  numberItemSchema,
  yearItemSchema,
  textItemSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type LikertItem = z.infer<typeof likertItemSchema>;
export type ItemType = Item['type'];

/** Path ids follow the research's naming (`A`, `B`), so they may start with a capital. */
export const pathIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][a-zA-Z0-9_-]*$/, 'path-id-pattern'));

export const pathSchema = z.strictObject({
  id: pathIdSchema,
  title: localizedTextSchema,
  conditions: z.array(idSchema).check(z.minLength(1)),
});
export type Path = z.infer<typeof pathSchema>;

/** Band of a condition's collective mean: below the crossover, from crossover to inclusion, at or above inclusion. */
export const bandSchema = z.enum(['low', 'middle', 'high']);
export type Band = z.infer<typeof bandSchema>;

export const recommendationSchema = z.strictObject({
  condition: idSchema,
  band: bandSchema,
  text: localizedTextSchema,
  /** the kind of training or partner in the Dutch network that offers this step */
  partner: localizedTextSchema,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const migrationSchema = z.strictObject({
  version: semverSchema,
  /** old item id → new item id, or null when the item was dropped; unlisted items keep their id */
  items: z.record(idSchema, z.nullable(idSchema)),
});
export type Migration = z.infer<typeof migrationSchema>;

export const questionnaireSchema = z.strictObject({
  format: z.literal('ck-questionnaire'),
  formatVersion: z.literal(1),
  id: idSchema,
  version: semverSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** labels of the five points of the likert scale, from 1 (fully disagree) to 5 (fully agree) */
  scale: z.strictObject({
    labels: z.array(localizedTextSchema).check(z.length(5)),
    dontKnow: localizedTextSchema,
  }),
  sections: z.array(sectionSchema),
  conditions: z.array(conditionSchema).check(z.minLength(1)),
  /** fill-in order: every section id and condition id exactly once */
  pageOrder: z.array(idSchema).check(z.minLength(1)),
  items: z.array(itemSchema).check(z.minLength(1)),
  paths: z.array(pathSchema).check(z.minLength(1)),
  necessary: z.array(idSchema),
  scoring: z.strictObject({
    minAnsweredShare: z._default(z.number().check(z.gt(0), z.lte(1)), 0.6),
  }),
  recommendations: z.array(recommendationSchema),
  migratesFrom: z.optional(migrationSchema),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** One answer: 1–5 for likert (null = "weet ik niet / n.v.t."), an option value, option values, a number or a text. */
export const answerValueSchema = z.union([z.number(), z.string(), z.array(z.string()), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;
