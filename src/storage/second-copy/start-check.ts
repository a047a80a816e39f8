import { tableFates } from '../../domain/collective/backup-merge';
import type { SelfScanDatabase } from '../db';
import { copiedChangedAt, copiedContents, type CopiedContents } from './copied-contents';
import type { CopyPort } from './copy-port';
import { copiedTables, countRows, emptyCopyState, type CopiedTable } from './copy-state';
import { updateSecondCopyStatus } from './copy-status';
import type { Change } from './engine';
import { feedSecondCopy } from './feed-second-copy';
import { markerStorageKey } from './copy-names';
import {
  compareWithMarker,
  markerOf,
  parseMarker,
  type DatabaseAtStart,
  type Marker,
  type StartVerdict,
  type TableCounts,
} from './marker';
import type { OpenedCopy } from './open-second-copy';
import { probeDatabase } from './probe-database';

/** What the start check found, and the copy to restore from when the database was lost. */
export type StartReport = {
  verdict: StartVerdict;
  port: CopyPort | undefined;
  /** what the second copy holds (or, without one, what the marker says was here) */
  copyMarker: Marker | null;
  databaseCounts: TableCounts | null;
  rebuilt: 'missing' | 'damaged' | null;
  error?: unknown;
};

function keyOf(table: CopiedTable, row: unknown): string {
  const value = row as Record<string, unknown>;
  return String(table === 'invitations' ? value.scanId : value.id);
}

async function openDatabase(db: SelfScanDatabase): Promise<DatabaseAtStart> {
  const { hasDataLoss } = await probeDatabase(db.name);
  try {
    await db.open();
    const counts = await db.transaction('r', copiedTables, async () => {
      const entries = await Promise.all(
        copiedTables.map(async (t) => [t, await db.table(t).count()]),
      );
      return Object.fromEntries(entries) as TableCounts;
    });
    return { isOpen: true, counts, hasDataLoss };
  } catch (error) {
    return { isOpen: false, error };
  }
}

type Keyed = { id: string } | { scanId: string };

/**
 * Brings the second copy in line with a database that is fine: rebuilt when missing or damaged,
 * else given the few changes a crash kept from it. Returns `behind` instead, changing nothing, when
 * the copy holds rows the database lacks or newer versions of them: the copy is written after the
 * database, so then the database lost part of what it held.
 */
async function alignCopy(input: {
  db: SelfScanDatabase;
  copy: OpenedCopy;
  now: string;
}): Promise<'missing' | 'damaged' | 'behind' | null> {
  const { db, copy, now } = input;
  const device = await copiedContents(db);
  const { load } = copy;
  const isDamaged = load.badRecords + load.cutOff + load.badSnapshots > 0;
  const isMissing = !load.marker.hasData;
  if (isDamaged || isMissing) {
    await replaceCopyWith({ port: copy.port, device, now });
    return isDamaged ? 'damaged' : 'missing';
  }
  const state = await copy.port.contents();
  const changes: Change[] = [];
  for (const table of copiedTables) {
    const fates = tableFates<Keyed>({
      device: device[table] as Keyed[],
      backup: Object.values(state.tables[table]) as Keyed[],
      changedAt: copiedChangedAt[table] as (row: Keyed) => number,
    });
    for (const { key, fate, here } of fates) {
      if (fate === 'onlyInBackup' || fate === 'newerInBackup') return 'behind';
      if (fate === 'same') continue;
      changes.push(
        here === undefined
          ? { at: now, table, op: 'delete', key }
          : { at: now, table, op: 'put', key, row: here },
      );
    }
  }
  if (changes.length > 0) await copy.port.append(changes);
  return null;
}

/** Makes the second copy hold exactly the database's rows. */
export async function replaceCopyWith(input: {
  port: CopyPort;
  device: CopiedContents;
  now: string;
}): Promise<void> {
  const { device } = input;
  const keys = Object.fromEntries(
    copiedTables.map((t) => [t, (device[t] as unknown[]).map((row) => keyOf(t, row))]),
  ) as Record<CopiedTable, string[]>;
  await input.port.replaceAll({ rows: device, keys, at: input.now });
}

/**
 * The check at every start: compares the database with the marker, keeps the second copy in line
 * with a database that is fine, and from then on feeds it every change. The app never starts fresh
 * silently: a lost or unopenable database comes back as such, for the recovery screen.
 */
export async function checkDatabaseAtStart(input: {
  db: SelfScanDatabase;
  openCopy: () => Promise<OpenedCopy | undefined>;
  storage?: Storage;
  now?: () => string;
}): Promise<StartReport> {
  const now = input.now ?? (() => new Date().toISOString());
  // the copy's worker starts while the database opens: the check is on the first screen's path
  const [copy, database] = await Promise.all([
    input.openCopy().catch(() => undefined),
    openDatabase(input.db),
  ]);
  const stored = [
    parseMarker(copy?.load.storedMarker),
    copy?.load.marker ?? null,
    copy ? null : parseMarker(input.storage?.getItem(markerStorageKey)),
  ].filter((m): m is Marker => m !== null);
  const marker = stored.find((m) => m.hasData) ?? stored[0] ?? null;
  let verdict = compareWithMarker({ marker, database });
  const databaseCounts = database.isOpen ? database.counts : null;
  let rebuilt: StartReport['rebuilt'] = null;
  if (verdict === 'fine' || verdict === 'firstStart') {
    if (copy) {
      const aligned = await alignCopy({ db: input.db, copy, now: now() }).catch(() => null);
      if (aligned === 'behind') verdict = 'lost';
      else rebuilt = aligned;
    } else if (databaseCounts) {
      const counted = { ...markerOf(emptyCopyState()), counts: databaseCounts };
      input.storage?.setItem(
        markerStorageKey,
        JSON.stringify({ ...counted, hasData: verdict === 'fine' }),
      );
    }
  }
  if (verdict !== 'unopenable') feedSecondCopy({ port: copy?.port, storage: input.storage });
  const copyState = copy ? await copy.port.contents() : undefined;
  const copyMarker = copyState ? markerOf(copyState) : marker;
  updateSecondCopyStatus({
    kind: copy?.port.kind ?? 'none',
    verdict,
    databaseCounts,
    copyCounts: copyState ? countRows(copyState) : null,
    lastSavedAt: copyMarker?.lastSavedAt ?? null,
    rebuilt,
    skipped: copy ? copy.load.badRecords + copy.load.cutOff + copy.load.badSnapshots : 0,
  });
  return {
    verdict,
    port: copy?.port,
    copyMarker,
    databaseCounts,
    rebuilt,
    ...(database.isOpen ? {} : { error: database.error }),
  };
}
