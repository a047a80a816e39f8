import { z } from 'zod';

/** The one format version these schemas describe; readers refuse any other. */
export const formatVersion = 1;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const fileIdSchema = z.string().trim().min(1).max(200);
/** A profile answer: an option value of the questionnaire's profile items, or null when unknown. */
export const optionValueSchema = z.string().min(1).nullable();
