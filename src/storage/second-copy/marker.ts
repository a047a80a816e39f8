import {
  copiedTables,
  countRows,
  laterCopiedTables,
  type CopiedTable,
  type CopyState,
} from './copy-state';

/**
 * The marker: a few bytes kept apart from IndexedDB that say this device holds data, how much per
 * collective, and when the last answer was saved. A database that opens empty while the marker says
 * otherwise was lost, not new.
 */
export type Marker = {
  format: 'ck-marker';
  formatVersion: 1;
  hasData: boolean;
  counts: Record<CopiedTable, number>;
  perCollective: Record<string, { scans: number; responses: number }>;
  lastSavedAt: string | null;
  /** the copy's last change number: another tab that sees a different one reads the copy again */
  seq?: number;
};

export type TableCounts = Record<CopiedTable, number>;

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null
    ? (row as Record<string, unknown>)[name]
    : undefined;
}

/** The marker that describes a copy. */
export function markerOf(state: CopyState): Marker {
  const counts = countRows(state);
  const perCollective: Marker['perCollective'] = {};
  const collectiveOfScan = new Map<string, string>();
  for (const id of Object.keys(state.tables.collectives))
    perCollective[id] = { scans: 0, responses: 0 };
  for (const [id, scan] of Object.entries(state.tables.scans)) {
    const collectiveId = String(field(scan, 'collectiveId'));
    collectiveOfScan.set(id, collectiveId);
    perCollective[collectiveId] ??= { scans: 0, responses: 0 };
    perCollective[collectiveId].scans += 1;
  }
  for (const response of Object.values(state.tables.responses)) {
    const collectiveId = collectiveOfScan.get(String(field(response, 'scanId')));
    const entry = collectiveId ? perCollective[collectiveId] : undefined;
    if (entry) entry.responses += 1;
  }
  return {
    format: 'ck-marker',
    formatVersion: 1,
    hasData: copiedTables.some((t) => counts[t] > 0),
    counts,
    perCollective,
    lastSavedAt: state.lastChangeAt,
    seq: state.seq,
  };
}

/** Reads a stored marker; `null` when there is none or it is not one. */
export function parseMarker(text: string | null | undefined): Marker | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Marker> | null;
    if (value?.format !== 'ck-marker' || typeof value.hasData !== 'boolean') return null;
    // a marker written before a later table counts none of its rows
    const later = Object.fromEntries(laterCopiedTables.map((t) => [t, 0]));
    const counts = value.counts ? { ...later, ...value.counts } : undefined;
    if (!counts || !copiedTables.every((t) => typeof counts[t] === 'number')) return null;
    return {
      format: 'ck-marker',
      formatVersion: 1,
      hasData: value.hasData,
      counts,
      perCollective: value.perCollective ?? {},
      lastSavedAt: value.lastSavedAt ?? null,
      ...(typeof value.seq === 'number' ? { seq: value.seq } : {}),
    };
  } catch {
    return null;
  }
}

/** How the database stood when the app opened it. */
export type DatabaseAtStart =
  { isOpen: true; counts: TableCounts; hasDataLoss: boolean } | { isOpen: false; error: unknown };

export type StartVerdict =
  /** nothing here before, nothing now */
  | 'firstStart'
  | 'fine'
  /** the database opened empty (or Chromium reported data loss) while the marker says data was here */
  | 'lost'
  /** the database could not be opened at all */
  | 'unopenable';

/**
 * Compares the database with the marker. Only an empty database against a marker with data is a
 * loss: the marker is written after the database, so it may lag behind it by the last change.
 */
export function compareWithMarker(input: {
  marker: Marker | null;
  database: DatabaseAtStart;
}): StartVerdict {
  const { marker, database } = input;
  if (!database.isOpen) return 'unopenable';
  const isEmpty = copiedTables.every((t) => database.counts[t] === 0);
  if (database.hasDataLoss && (marker?.hasData ?? false)) return 'lost';
  if (!marker) return isEmpty ? 'firstStart' : 'fine';
  if (marker.hasData && isEmpty) return 'lost';
  return isEmpty ? 'firstStart' : 'fine';
}
