import { compareVersions, formatRef, questionnaireKey } from './identity';
import type { Questionnaire, QuestionnaireRef } from './schema';

export type RegistryEntry = { questionnaire: Questionnaire; ref: QuestionnaireRef };

export const resolveReasons = ['unknown-id', 'unknown-version', 'hash-mismatch'] as const;
export type ResolveReason = (typeof resolveReasons)[number];

/** The entry, or why there is none: a reason with the ref asked for (and the known versions). */
export type ResolveResult =
  | { ok: true; entry: RegistryEntry }
  | { ok: false; reason: 'unknown-id' | 'hash-mismatch'; ref: QuestionnaireRef }
  | { ok: false; reason: 'unknown-version'; ref: QuestionnaireRef; known: string[] };

export interface QuestionnaireRegistry {
  /** every known version, ordered by id and then by version */
  entries: readonly RegistryEntry[];
  /** the entry with this id, version and hash, or why there is none */
  resolve(ref: QuestionnaireRef): ResolveResult;
  find(id: string, version: string): RegistryEntry | undefined;
  /** the highest version of an id, comparing version numbers numerically */
  latest(id: string): RegistryEntry | undefined;
}

/** A registry over known questionnaire versions; refuses two entries for one id@version. */
export function createRegistry(entries: RegistryEntry[]): QuestionnaireRegistry {
  const byKey = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    const key = questionnaireKey(entry.ref);
    const earlier = byKey.get(key);
    if (earlier) {
      throw new Error(
        `Two questionnaires claim ${key}: ${formatRef(earlier.ref)} and ${formatRef(entry.ref)}.`,
      );
    }
    byKey.set(key, entry);
  }
  const sorted = [...entries].sort(
    (a, b) =>
      a.ref.id.localeCompare(b.ref.id, 'en') || compareVersions(a.ref.version, b.ref.version),
  );
  const versionsOf = (id: string) => sorted.filter((entry) => entry.ref.id === id);

  return {
    entries: sorted,
    find: (id, version) => byKey.get(questionnaireKey({ id, version })),
    latest: (id) => versionsOf(id).at(-1),
    resolve(ref) {
      const known = versionsOf(ref.id);
      if (known.length === 0) {
        return { ok: false, reason: 'unknown-id', ref };
      }
      const entry = byKey.get(questionnaireKey(ref));
      if (!entry) {
        return {
          ok: false,
          reason: 'unknown-version',
          ref,
          known: known.map((e) => e.ref.version),
        };
      }
      if (entry.ref.sha256 !== ref.sha256) {
        return { ok: false, reason: 'hash-mismatch', ref };
      }
      return { ok: true, entry };
    },
  };
}
