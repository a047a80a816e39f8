import { z } from '../zod-mini';

/** The one format version these schemas describe; readers refuse any other. */
export const formatVersion = 1;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const fileIdSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
/** A profile answer: an option value of the questionnaire's profile items, or null when unknown. */
export const optionValueSchema = z.nullable(z.string().check(z.minLength(1)));
