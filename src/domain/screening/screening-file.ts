import { z } from '../zod-mini';
import { isoDateTimeSchema } from '../files/common';
import { readFormattedFile } from '../files/read-file';
import { generatorSchema, type Generator } from '../files/result-file-schema';
import { applicantSchema, fileIdentity, type Applicant } from './applicant';
import { screeningCriteriaSchema, type ScreeningCriteria } from './criteria';

/**
 * A funder's whole screening in one file (format "ck-screening"): every applicant with its result,
 * status, reasons and note, and the criteria, so it can be opened again on another device.
 */
export const screeningFileSchema = z
  .strictObject({
    format: z.literal('ck-screening'),
    formatVersion: z.literal(1),
    savedAt: isoDateTimeSchema,
    generator: generatorSchema,
    criteria: screeningCriteriaSchema,
    applicants: z.array(applicantSchema).check(z.maxLength(10_000)),
  })
  .check(
    z.superRefine((file, ctx) => {
      // one applicant per file: several files may carry one result (one digest), one file may not recur
      const seen = new Set<string>();
      file.applicants.forEach((applicant, index) => {
        const identity = fileIdentity(applicant);
        if (seen.has(identity)) {
          ctx.addIssue({
            code: 'custom',
            path: ['applicants', index, applicant.fileSha256 ? 'fileSha256' : 'digest'],
            message: `file "${identity}" occurs twice`,
          });
        }
        seen.add(identity);
      });
    }),
  );
export type ScreeningFile = z.infer<typeof screeningFileSchema>;

/** The screening file of what this device holds; the clock and the producing app come from the caller. */
export function buildScreeningFile({
  applicants,
  criteria,
  savedAt,
  generator,
}: {
  applicants: readonly Applicant[];
  criteria: ScreeningCriteria;
  savedAt: string;
  generator: Generator;
}): ScreeningFile {
  return screeningFileSchema.parse({
    format: 'ck-screening',
    formatVersion: 1,
    savedAt,
    generator,
    criteria,
    applicants,
  });
}

/** A saved screening may hold hundreds of results, so it may be larger than a single file. */
export const maxScreeningFileBytes = 100 * 1024 * 1024;

/** Reads untrusted text as a saved screening; each way it can fail has its own error code. */
export const readScreeningFile = (text: string) =>
  readFormattedFile({
    text,
    format: 'ck-screening',
    schema: screeningFileSchema,
    maxBytes: maxScreeningFileBytes,
  });
