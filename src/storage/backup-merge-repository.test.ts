import { describe, expect, it } from 'vitest';
import type { SelfScanDatabase } from './db';
import {
  deleteEverything,
  deviceContents,
  exportBackup,
  mergeBackupIntoDevice,
  restoreBackup,
} from './backup-repository';
import { readSetting, recordBackupMade } from './settings-repository';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRuntime } from '../../tests/support/runtime';
import {
  collectiveRow,
  contents,
  invitationRow,
  responseRow,
  scanRow,
} from '../../tests/support/backup-rows';
import type { BackupContents } from '../domain/collective/backup-merge';
import type { BackupFile } from '../domain/collective/backup';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

const jan = '2027-01-10T10:00:00.000Z';
const feb = '2027-02-10T10:00:00.000Z';

async function put(rows: BackupContents) {
  await db.collectives.bulkAdd(rows.collectives);
  await db.scans.bulkAdd(rows.scans);
  await db.responses.bulkAdd(rows.responses);
  await db.invitations.bulkAdd(rows.invitations);
}

function backupOf(rows: BackupContents): BackupFile {
  return {
    format: 'ck-backup',
    formatVersion: 1,
    createdAt: jan,
    app: { name: 'test', version: '0' },
    ...rows,
  };
}

const older = contents({
  collectives: [collectiveRow('c1', jan), collectiveRow('c2', jan)],
  scans: [scanRow('s1', 'c1', jan), scanRow('s2', 'c2', jan)],
  responses: [responseRow('r1', 's1', jan, { a: 1 }), responseRow('r2', 's2', jan)],
  invitations: [invitationRow('remote', jan)],
});

describe('merging a backup into the device', () => {
  it('keeps answers given after the backup and adds what only the backup has', async () => {
    await put(
      contents({
        collectives: [collectiveRow('c1', jan)],
        scans: [scanRow('s1', 'c1', jan)],
        responses: [responseRow('r1', 's1', feb, { a: 5 }), responseRow('r9', 's1', feb)],
      }),
    );
    expect(await mergeBackupIntoDevice(db, backupOf(older))).toEqual({ written: 4 });
    const after = await deviceContents(db);
    expect(after.responses.map((r) => [r.id, r.answers]).sort()).toEqual([
      ['r1', { a: 5 }],
      ['r2', {}],
      ['r9', {}],
    ]);
    expect(after.collectives.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(after.invitations).toHaveLength(1);
  });

  it('writes nothing when a row of the backup breaks a rule of the database', async () => {
    await put(contents({ collectives: [collectiveRow('c1', jan)] }));
    // a key path Dexie refuses: the whole transaction must roll back, not leave c2 behind
    const broken = backupOf({
      ...older,
      invitations: [{ ...invitationRow('remote', jan), scanId: undefined as unknown as string }],
    });
    await expect(mergeBackupIntoDevice(db, broken)).rejects.toThrow();
    expect((await deviceContents(db)).collectives.map((c) => c.id)).toEqual(['c1']);
  });

  it('replace puts the backup in place of everything', async () => {
    await put(contents({ collectives: [collectiveRow('c9', feb)] }));
    await restoreBackup(db, backupOf(older));
    expect((await deviceContents(db)).collectives.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
  });
});

describe('deleting everything', () => {
  it('leaves empty tables and forgets the last backup', async () => {
    await put(older);
    await recordBackupMade(db, testRuntime());
    expect(await readSetting(db, 'lastBackupAt')).toBe('2027-03-01T10:00:00.000Z');
    await deleteEverything(db);
    expect(await deviceContents(db)).toEqual(contents());
    expect(await readSetting(db, 'lastBackupAt')).toBeNull();
  });

  it('round-trips: export, delete, merge back gives the same rows', async () => {
    await put(older);
    const backup = await exportBackup(db, { app: { name: 't', version: '0' } }, testRuntime());
    const before = JSON.stringify(await deviceContents(db));
    await deleteEverything(db);
    await mergeBackupIntoDevice(db, backup);
    expect(JSON.stringify(await deviceContents(db))).toBe(before);
  });
});
