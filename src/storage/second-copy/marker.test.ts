import { describe, expect, it } from 'vitest';
import { applyRecords, emptyCopyState } from './copy-state';
import { compareWithMarker, markerOf, parseMarker, type TableCounts } from './marker';

const at = '2026-03-01T09:30:00.000Z';
const state = applyRecords(emptyCopyState(), [
  { seq: 1, at, table: 'collectives', op: 'put', key: 'c1', row: { id: 'c1' } },
  { seq: 2, at, table: 'scans', op: 'put', key: 's1', row: { id: 's1', collectiveId: 'c1' } },
  { seq: 3, at, table: 'responses', op: 'put', key: 'r1', row: { id: 'r1', scanId: 's1' } },
  { seq: 4, at, table: 'responses', op: 'put', key: 'r2', row: { id: 'r2', scanId: 's1' } },
]);
const marker = markerOf(state);
const counts = (n: Partial<TableCounts>): TableCounts => ({
  collectives: 0,
  scans: 0,
  responses: 0,
  invitations: 0,
  studies: 0,
  ...n,
});
const open = (n: Partial<TableCounts>, hasDataLoss = false) => ({
  isOpen: true as const,
  counts: counts(n),
  hasDataLoss,
});

describe('the marker', () => {
  it('counts per table and per collective, with the time of the last change', () => {
    expect(marker).toMatchObject({
      hasData: true,
      counts: counts({ collectives: 1, scans: 1, responses: 2 }),
      perCollective: { c1: { scans: 1, responses: 2 } },
      lastSavedAt: at,
    });
    expect(parseMarker(JSON.stringify(marker))).toEqual(marker);
    expect(parseMarker('{"format":"ck-marker"')).toBeNull();
  });

  it('reads a marker written before the copy held studies as counting none', () => {
    const { studies: _studies, ...older } = marker.counts;
    const read = parseMarker(JSON.stringify({ ...marker, counts: older }));
    expect(read?.counts).toEqual({ ...older, studies: 0 });
    const { scans: _scans, ...broken } = marker.counts;
    expect(parseMarker(JSON.stringify({ ...marker, counts: broken }))).toBeNull();
  });
});

describe('the marker comparison at start', () => {
  it.each([
    ['an empty database with a marker', marker, open({}), 'lost'],
    ['no marker and an empty database', null, open({}), 'firstStart'],
    ['no marker and a database with rows', null, open({ collectives: 1 }), 'fine'],
    [
      'marker counts lower than the database',
      marker,
      open({ collectives: 3, scans: 2, responses: 9 }),
      'fine',
    ],
    [
      'marker counts equal to the database',
      marker,
      open({ collectives: 1, scans: 1, responses: 2 }),
      'fine',
    ],
    ['an empty marker and an empty database', markerOf(emptyCopyState()), open({}), 'firstStart'],
    ["Chromium's dataLoss with a marker", marker, open({}, true), 'lost'],
    [
      'a database that cannot be opened',
      marker,
      { isOpen: false as const, error: new Error('x') },
      'unopenable',
    ],
  ] as const)('%s → %s', (_case, storedMarker, database, verdict) => {
    expect(compareWithMarker({ marker: storedMarker, database })).toBe(verdict);
  });
});
