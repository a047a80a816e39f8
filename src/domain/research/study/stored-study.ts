import { z } from '../../zod-mini';
import { isoDateTimeSchema } from '../../files/common';
import { studyFileSchema } from './study-file';

/**
 * A study this device remembers: one it created (the research team's) or one whose invitation it
 * opened (a collective's). Kept in the `studies` table and in backups.
 */
export const storedStudySchema = z.strictObject({
  id: z.uuidv4(),
  study: studyFileSchema,
  origin: z.enum(['created', 'invitation']),
  savedAt: isoDateTimeSchema,
});
export type StoredStudy = z.infer<typeof storedStudySchema>;
