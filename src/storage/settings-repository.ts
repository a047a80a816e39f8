import type { z } from '../domain/zod-mini';
import { isoDateTimeSchema } from '../domain/files/common';
import type { SelfScanDatabase } from './db';
import { defaultRuntime, type Runtime } from './runtime';

/** The settings this app keeps in its `settings` table, each with the schema of its value. */
const settingSchemas = {
  lastBackupAt: isoDateTimeSchema,
  persistenceAskedAt: isoDateTimeSchema,
} as const;
export type SettingKey = keyof typeof settingSchemas;

/** A setting's value, or null when it was never set or no longer matches its schema. */
export async function readSetting<K extends SettingKey>(
  db: SelfScanDatabase,
  key: K,
): Promise<z.infer<(typeof settingSchemas)[K]> | null> {
  const row = await db.settings.get(key);
  const parsed = settingSchemas[key].safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Remembers that a backup file was just made, so settings can show when. */
export async function recordBackupMade(
  db: SelfScanDatabase,
  runtime: Runtime = defaultRuntime,
): Promise<string> {
  const at = runtime.now();
  await db.settings.put({ key: 'lastBackupAt', value: at });
  return at;
}

/** Remembers that the browser was asked to keep the data, so the fill-in asks only once. */
export async function recordPersistenceAsked(
  db: SelfScanDatabase,
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  await db.settings.put({ key: 'persistenceAskedAt', value: runtime.now() });
}
