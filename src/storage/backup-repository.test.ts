import { describe, expect, it } from 'vitest';
import type { SelfScanDatabase } from './db';
import { exportBackup, readBackupFile, restoreBackup } from './backup-repository';
import { addExampleCollective } from './example-repository';
import { createCollective } from './collectives-repository';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRegistry } from '../../tests/support/questionnaires';
import { collectiveInput } from '../../tests/support/fixtures';
import { testRuntime } from '../../tests/support/runtime';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});
const app = { name: 'test', version: '0.0.0' };

async function dump() {
  const tables = [db.collectives, db.scans, db.responses, db.invitations] as const;
  return JSON.stringify(await Promise.all(tables.map((t) => t.toArray())));
}

describe('backup and restore', () => {
  it('restores exactly what was exported, replacing what the device had', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await addExampleCollective(db, entry, testRuntime());
    const before = await dump();
    const backup = await exportBackup(db, { app }, testRuntime());
    expect(backup.responses).toHaveLength(6);
    const text = JSON.stringify(backup);

    await createCollective(db, collectiveInput({ name: 'Na de back-up' }));
    const read = readBackupFile(text);
    if (!read.ok) throw new Error(read.error.code);
    await restoreBackup(db, read.file);
    expect(await dump()).toBe(before);
  });

  it.each([
    ['broken JSON', '{"format":"ck-backup"', 'unreadable'],
    ['another file', JSON.stringify({ format: 'ck-result', formatVersion: 1 }), 'wrong-format'],
    [
      'a later version',
      JSON.stringify({ format: 'ck-backup', formatVersion: 2 }),
      'unsupported-version',
    ],
  ])('refuses %s', (_case, text, code) => {
    const read = readBackupFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.code).toBe(code);
  });

  it('refuses a backup whose scans point to a collective it does not hold, naming the path', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await addExampleCollective(db, entry, testRuntime());
    const backup = await exportBackup(db, { app });
    const broken = { ...backup, collectives: [] };
    const read = readBackupFile(JSON.stringify(broken));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error).toEqual({
        code: 'invalid',
        format: 'ck-backup',
        issues: [{ path: 'scans[0].collectiveId', code: 'unknown-reference' }],
      });
  });
});
