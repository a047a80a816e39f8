import { formatPath } from './issue-paths';
import type { QuestionnaireError } from './questionnaire-error';
import type { Questionnaire } from './schema';

/**
 * Checks a `migratesFrom` against the published version it names: that version must be one of
 * `published` (the versions in questionnaires/), and every old item id it maps must be an item of
 * it. Without this a bad map is only found when a scan of the old version is scored, for good.
 */
export function checkMigrationSource({
  questionnaire,
  published,
}: {
  questionnaire: Questionnaire;
  published: readonly Questionnaire[];
}): QuestionnaireError[] {
  const migration = questionnaire.migratesFrom;
  if (!migration) return [];
  const versions = published.filter((q) => q.id === questionnaire.id);
  const source = versions.find((q) => q.version === migration.version);
  if (!source) {
    const known = versions
      .map((q) => q.version)
      .filter((v) => v !== questionnaire.version)
      .join(', ');
    return [
      {
        path: 'migratesFrom.version',
        code: 'migration-source-unknown',
        values: { id: questionnaire.id, version: migration.version, known: known || '–' },
      },
    ];
  }
  const oldIds = new Set(source.items.map((item) => item.id));
  return Object.keys(migration.items)
    .filter((oldId) => !oldIds.has(oldId))
    .map((oldId) => ({
      path: formatPath(['migratesFrom', 'items', oldId]),
      code: 'migration-item-unknown' as const,
      values: { item: oldId, id: questionnaire.id, version: migration.version },
    }));
}
