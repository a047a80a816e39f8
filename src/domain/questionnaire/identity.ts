import { hashCanonical } from '../hash';
import type { Questionnaire, QuestionnaireRef } from './schema';

/** The identity of a questionnaire: id and version from the parsed file, SHA-256 over the raw file. */
export async function questionnaireRef({
  raw,
  questionnaire,
}: {
  /** the JSON value as read from the file, before zod fills in defaults */
  raw: unknown;
  questionnaire: Pick<Questionnaire, 'id' | 'version'>;
}): Promise<QuestionnaireRef> {
  // Hashing the raw value keeps a file's identity independent of this parser's defaults.
  const sha256 = await hashCanonical(raw);
  return { id: questionnaire.id, version: questionnaire.version, sha256 };
}

/** `id@version`, the key of a questionnaire version in the lock file and in messages. */
export function questionnaireKey(ref: Pick<QuestionnaireRef, 'id' | 'version'>): string {
  return `${ref.id}@${ref.version}`;
}

/** A reference for people: `ck-selfscan@1.0.0 (sha256 abcdef123456…)`. */
export function formatRef(ref: QuestionnaireRef): string {
  return `${questionnaireKey(ref)} (sha256 ${ref.sha256.slice(0, 12)}…)`;
}

/** Orders versions like 1.9.0 < 1.10.0 by comparing the numbers; negative when a comes first. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
