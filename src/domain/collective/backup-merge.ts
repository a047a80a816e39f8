import canonicalize from 'canonicalize';
import type { BackupFile } from './backup';
import type { Collective, Invitation, Scan, StoredResponse } from './schema';

/** The rows a backup holds, or a device holds: the same four tables. */
export type BackupContents = Pick<
  BackupFile,
  'collectives' | 'scans' | 'responses' | 'invitations'
>;

/** How one row of the backup stands against the row with the same id on the device. */
export type RowFate = 'same' | 'newerInBackup' | 'newerHere' | 'onlyHere' | 'onlyInBackup';

/**
 * The moment a row last changed, in ms. Collectives and responses carry `updatedAt`. A scan changes
 * only when it is closed or reopened, so its moment is `closedAt` when closed and `startedAt`
 * otherwise: a closed copy beats an open copy started at the same time. An invitation never
 * changes after it is opened.
 */
export const changedAt = {
  collectives: (row: Collective) => Date.parse(row.updatedAt),
  scans: (row: Scan) => Date.parse(row.closedAt ?? row.startedAt),
  responses: (row: StoredResponse) => Date.parse(row.updatedAt),
  invitations: (row: Invitation) => Date.parse(row.openedAt),
} as const;

function sameRow(a: unknown, b: unknown): boolean {
  return canonicalize(a) === canonicalize(b);
}

/** Fate of a backup row against the device row: equal moments keep the device's copy. */
export function rowFate<T>(input: {
  here: T | undefined;
  inBackup: T | undefined;
  changedAt: (row: T) => number;
}): RowFate {
  const { here, inBackup } = input;
  if (here === undefined) return 'onlyInBackup';
  if (inBackup === undefined) return 'onlyHere';
  if (sameRow(here, inBackup)) return 'same';
  return input.changedAt(inBackup) > input.changedAt(here) ? 'newerInBackup' : 'newerHere';
}

type Keyed = { id: string } | { scanId: string };
function keyOf(row: Keyed): string {
  return 'id' in row ? row.id : row.scanId;
}

/** Every key of two tables, each with its fate. */
export function tableFates<T extends Keyed>(input: {
  device: T[];
  backup: T[];
  changedAt: (row: T) => number;
}): { key: string; fate: RowFate; here: T | undefined; inBackup: T | undefined }[] {
  const here = new Map(input.device.map((row) => [keyOf(row), row]));
  const inBackup = new Map(input.backup.map((row) => [keyOf(row), row]));
  const keys = [...new Set([...here.keys(), ...inBackup.keys()])];
  return keys.map((key) => {
    const pair = { here: here.get(key), inBackup: inBackup.get(key) };
    return { key, ...pair, fate: rowFate({ ...pair, changedAt: input.changedAt }) };
  });
}

/**
 * Merges a backup into the device by id: a row only in the backup is added, a row in both takes the
 * copy that changed last (the device's on a tie), a row only on the device stays. Returns the rows to
 * write; nothing is deleted.
 */
export function mergeBackup(input: { device: BackupContents; backup: BackupContents }): {
  put: BackupContents;
} {
  const winners = <T extends Keyed>(device: T[], backup: T[], at: (row: T) => number): T[] =>
    tableFates({ device, backup, changedAt: at })
      .filter((f) => f.fate === 'onlyInBackup' || f.fate === 'newerInBackup')
      .flatMap((f) => (f.inBackup ? [f.inBackup] : []));
  const { device, backup } = input;
  return {
    put: {
      collectives: winners(device.collectives, backup.collectives, changedAt.collectives),
      scans: winners(device.scans, backup.scans, changedAt.scans),
      responses: winners(device.responses, backup.responses, changedAt.responses),
      invitations: winners(device.invitations, backup.invitations, changedAt.invitations),
    },
  };
}
