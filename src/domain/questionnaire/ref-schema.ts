import { z } from '../zod-mini';

/** The patterns of ids, versions and hashes; shared with the quick reader of research files. */
export const patterns = {
  id: /^[a-z][a-zA-Z0-9_-]*$/,
  semver: /^\d+\.\d+\.\d+$/,
  sha256: /^[0-9a-f]{64}$/,
} as const;

export const idSchema = z.string().check(z.regex(patterns.id, 'id-pattern'));
export const semverSchema = z.string().check(z.regex(patterns.semver, 'semver-pattern'));
export const sha256Schema = z.string().check(z.regex(patterns.sha256, 'sha256-pattern'));

/** What identifies a questionnaire everywhere: id, version and the SHA-256 of its canonical form. */
export const questionnaireRefSchema = z.strictObject({
  id: idSchema,
  version: semverSchema,
  sha256: sha256Schema,
});
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;
