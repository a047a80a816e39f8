import { z } from '../zod-mini';
import { isoDateTimeSchema } from '../files/common';
import { resultFileSchema } from '../files/result-file-schema';
import { sha256Schema } from '../questionnaire/schema';
import type { KeptReport } from './mark-duplicates';
import { screenReasonSchema } from './screen-reason-schema';
import type { ScreenedFile } from './screen-status';

/** Statuses of a file the funder keeps: its result could be read, even when it does not hold up. */
export const keptStatuses = [
  'intact',
  'changed',
  'unknown-questionnaire',
  'newer-questionnaire',
] as const;

/** One application the funder imported: the screened report, with the funder's own note. */
export const applicantSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** the digest the result states; several files may carry one result */
  digest: sha256Schema,
  /** SHA-256 of the file's bytes: one applicant per file; absent on applicants kept before */
  fileSha256: z.optional(sha256Schema),
  /** the file's place in its batch, so a batch's rows keep the order of its files */
  position: z.optional(z.number().check(z.int(), z.nonnegative())),
  fileName: z.string().check(z.minLength(1), z.maxLength(500)),
  kind: z.enum(['pdf', 'json']),
  bytes: z.number().check(z.int(), z.nonnegative()),
  status: z.enum(keptStatuses),
  reasons: z.array(screenReasonSchema),
  result: resultFileSchema,
  note: z.string().check(z.maxLength(5000)),
  importedAt: isoDateTimeSchema,
});
export type Applicant = z.infer<typeof applicantSchema>;

/** What makes a kept file the same file: its bytes, or for one kept before they were known, its digest. */
export const fileIdentity = (file: { fileSha256?: string; digest: string }): string =>
  file.fileSha256 ?? `digest:${file.digest}`;

/** An applicant as the duplicate marker knows it. */
export const keptReport = (applicant: Applicant): KeptReport => ({
  fileSha256: applicant.fileSha256 ?? null,
  digest: applicant.digest,
  fileName: applicant.fileName,
  collective: applicant.result.collective.name ?? null,
  status: applicant.status,
});

/** Whether a screened file is kept as an applicant (readable, not a copy, not already kept). */
export function isKeptFile(
  file: ScreenedFile,
): file is ScreenedFile & { result: NonNullable<ScreenedFile['result']>; digest: string } {
  return (
    file.result !== null &&
    file.digest !== null &&
    file.kind !== 'other' &&
    file.isAlreadyImported !== true &&
    (keptStatuses as readonly string[]).includes(file.status)
  );
}

/**
 * The applicants a batch adds: kept files only, one per file (`fileIdentity`), none already known.
 * `firstPosition` is the place of `files[0]` in its batch, when the batch is handed over in slices.
 */
export function applicantsFromBatch({
  files,
  knownFiles,
  importedAt,
  newId,
  firstPosition = 0,
}: {
  files: readonly ScreenedFile[];
  knownFiles: ReadonlySet<string>;
  importedAt: string;
  newId: () => string;
  firstPosition?: number;
}): Applicant[] {
  const seen = new Set(knownFiles);
  const applicants: Applicant[] = [];
  for (const [index, file] of files.entries()) {
    if (!isKeptFile(file) || seen.has(fileIdentity(file))) continue;
    seen.add(fileIdentity(file));
    applicants.push(
      applicantSchema.parse({
        id: newId(),
        digest: file.digest,
        ...(file.fileSha256 === undefined ? {} : { fileSha256: file.fileSha256 }),
        position: firstPosition + index,
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
    ...(applicant.fileSha256 === undefined ? {} : { fileSha256: applicant.fileSha256 }),
  };
}
