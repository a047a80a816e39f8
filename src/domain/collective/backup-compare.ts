import { changedAt, tableFates, type BackupContents, type RowFate } from './backup-merge';

/** How many rows of one kind have each fate. */
export type FateCounts = Record<RowFate, number>;

/** One collective as the backup and the device hold it; `collectiveId` null groups answers given on this device for someone else's scan. */
export type CollectiveComparison = {
  collectiveId: string | null;
  name: string | null;
  collective: RowFate | null;
  scans: FateCounts;
  responses: FateCounts;
};

export type BackupComparison = {
  collectives: CollectiveComparison[];
  /** true when merging would write at least one row */
  hasChanges: boolean;
};

function noFates(): FateCounts {
  return { same: 0, newerInBackup: 0, newerHere: 0, onlyHere: 0, onlyInBackup: 0 };
}

/** What a backup holds against what the device holds, per collective: scans and answers by fate. */
export function compareBackup(input: {
  device: BackupContents;
  backup: BackupContents;
}): BackupComparison {
  const { device, backup } = input;
  const collectives = tableFates({
    device: device.collectives,
    backup: backup.collectives,
    changedAt: changedAt.collectives,
  });
  const scans = tableFates({
    device: device.scans,
    backup: backup.scans,
    changedAt: changedAt.scans,
  });
  const responses = tableFates({
    device: device.responses,
    backup: backup.responses,
    changedAt: changedAt.responses,
  });
  const rows = new Map<string | null, CollectiveComparison>();
  const rowOf = (collectiveId: string | null): CollectiveComparison => {
    let row = rows.get(collectiveId);
    if (!row) {
      row = { collectiveId, name: null, collective: null, scans: noFates(), responses: noFates() };
      rows.set(collectiveId, row);
    }
    return row;
  };
  for (const c of collectives) {
    const row = rowOf(c.key);
    row.collective = c.fate;
    row.name = (c.inBackup ?? c.here)?.name ?? null;
  }
  const collectiveOfScan = new Map<string, string>();
  for (const s of scans) {
    const scan = s.inBackup ?? s.here;
    if (!scan) continue;
    collectiveOfScan.set(s.key, scan.collectiveId);
    rowOf(scan.collectiveId).scans[s.fate] += 1;
  }
  for (const r of responses) {
    const response = r.inBackup ?? r.here;
    if (!response) continue;
    rowOf(collectiveOfScan.get(response.scanId) ?? null).responses[r.fate] += 1;
  }
  const invitationChanges = tableFates({
    device: device.invitations,
    backup: backup.invitations,
    changedAt: changedAt.invitations,
  }).some((f) => f.fate === 'onlyInBackup' || f.fate === 'newerInBackup');
  const list = [...rows.values()].sort((a, b) =>
    (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'),
  );
  const hasChanges =
    invitationChanges ||
    list.some(
      (row) =>
        row.collective === 'onlyInBackup' ||
        row.collective === 'newerInBackup' ||
        row.scans.onlyInBackup + row.scans.newerInBackup > 0 ||
        row.responses.onlyInBackup + row.responses.newerInBackup > 0,
    );
  return { collectives: list, hasChanges };
}

/** How much a set of rows holds: what "delete everything" would lose. */
export function countContents(contents: BackupContents): {
  collectives: number;
  scans: number;
  responses: number;
} {
  return {
    collectives: contents.collectives.length,
    scans: contents.scans.length,
    responses: contents.responses.length,
  };
}
