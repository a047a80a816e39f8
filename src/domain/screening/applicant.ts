import { z } from 'zod';
import { isoDateTimeSchema } from '../files/common';
import { resultFileSchema } from '../files/result-file-schema';
import { sha256Schema } from '../questionnaire/schema';
import { screenReasonSchema } from './screen-reason-schema';
import type { ScreenedFile } from './screen-status';

/** Statuses of a file the funder keeps: its result could be read, even when it does not hold up. */
export const keptStatuses = ['intact', 'changed', 'unknown-questionnaire'] as const;

/** One application the funder imported: the screened report, with the funder's own note. */
export const applicantSchema = z.strictObject({
  id: z.string().min(1).max(200),
  /** the digest the result states; one applicant per digest */
  digest: sha256Schema,
  fileName: z.string().min(1).max(500),
  kind: z.enum(['pdf', 'json']),
  bytes: z.number().int().nonnegative(),
  status: z.enum(keptStatuses),
  reasons: z.array(screenReasonSchema),
  result: resultFileSchema,
  note: z.string().max(5000),
  importedAt: isoDateTimeSchema,
});
export type Applicant = z.infer<typeof applicantSchema>;

/** Whether a screened file is kept as an applicant (readable and not a duplicate). */
export function isKeptFile(
  file: ScreenedFile,
): file is ScreenedFile & { result: NonNullable<ScreenedFile['result']>; digest: string } {
  return (
    file.result !== null &&
    file.digest !== null &&
    file.kind !== 'other' &&
    (keptStatuses as readonly string[]).includes(file.status)
  );
}

/** The applicants a batch adds: kept files only, one per digest, none whose digest is already known. */
export function applicantsFromBatch({
  files,
  knownDigests,
  importedAt,
  newId,
}: {
  files: readonly ScreenedFile[];
  knownDigests: ReadonlySet<string>;
  importedAt: string;
  newId: () => string;
}): Applicant[] {
  const seen = new Set(knownDigests);
  const applicants: Applicant[] = [];
  for (const file of files) {
    if (!isKeptFile(file) || seen.has(file.digest)) continue;
    seen.add(file.digest);
    applicants.push(
      applicantSchema.parse({
        id: newId(),
        digest: file.digest,
        fileName: file.fileName,
        kind: file.kind,
        bytes: file.bytes,
        status: file.status,
        reasons: file.reasons,
        result: file.result,
        note: '',
        importedAt,
      }),
    );
  }
  return applicants;
}

/** An applicant seen as the screened file it came from, for criteria and table rows. */
export function applicantAsScreenedFile(applicant: Applicant): ScreenedFile {
  return {
    fileName: applicant.fileName,
    kind: applicant.kind,
    bytes: applicant.bytes,
    status: applicant.status,
    reasons: applicant.reasons,
    digest: applicant.digest,
    result: applicant.result,
  };
}
