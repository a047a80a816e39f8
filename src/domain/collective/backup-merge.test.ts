import { describe, expect, it } from 'vitest';
import { mergeBackup, rowFate, changedAt } from './backup-merge';
import {
  collectiveRow,
  contents,
  invitationRow,
  responseRow,
  scanRow,
} from '../../../tests/support/backup-rows';

const jan = '2027-01-10T10:00:00.000Z';
const feb = '2027-02-10T10:00:00.000Z';
const mar = '2027-03-10T10:00:00.000Z';

describe('rowFate', () => {
  it.each([
    ['only in the backup', undefined, responseRow('r', 's', jan), 'onlyInBackup'],
    ['only here', responseRow('r', 's', jan), undefined, 'onlyHere'],
    [
      'equal rows',
      responseRow('r', 's', jan, { a: 1 }),
      responseRow('r', 's', jan, { a: 1 }),
      'same',
    ],
    [
      'backup changed later',
      responseRow('r', 's', jan, { a: 1 }),
      responseRow('r', 's', feb, { a: 2 }),
      'newerInBackup',
    ],
    [
      'device changed later',
      responseRow('r', 's', feb, { a: 2 }),
      responseRow('r', 's', jan, { a: 1 }),
      'newerHere',
    ],
    [
      'same moment, other content: the device keeps its copy',
      responseRow('r', 's', jan, { a: 2 }),
      responseRow('r', 's', jan, { a: 1 }),
      'newerHere',
    ],
  ] as const)('%s', (_case, here, inBackup, fate) => {
    expect(rowFate({ here, inBackup, changedAt: changedAt.responses })).toBe(fate);
  });

  it('treats answers in another key order as the same row', () => {
    const here = responseRow('r', 's', jan, { a: 1, b: 2 });
    const inBackup = responseRow('r', 's', jan, { b: 2, a: 1 });
    expect(rowFate({ here, inBackup, changedAt: changedAt.responses })).toBe('same');
  });

  it.each([
    [
      'open in both: same start, other label',
      scanRow('s', 'c', jan),
      { ...scanRow('s', 'c', jan), label: 'x' },
      'newerHere',
    ],
    [
      'closed in the backup beats open here',
      scanRow('s', 'c', jan),
      scanRow('s', 'c', jan, feb),
      'newerInBackup',
    ],
    [
      'closed later here beats closed earlier in the backup',
      scanRow('s', 'c', jan, mar),
      scanRow('s', 'c', jan, feb),
      'newerHere',
    ],
  ] as const)('scans without updatedAt: %s', (_case, here, inBackup, fate) => {
    expect(rowFate({ here, inBackup, changedAt: changedAt.scans })).toBe(fate);
  });
});

describe('mergeBackup', () => {
  it('adds what only the backup has, takes newer copies, and keeps newer answers of the device', () => {
    const device = contents({
      collectives: [collectiveRow('c1', feb)],
      scans: [scanRow('s1', 'c1', jan)],
      responses: [
        responseRow('r1', 's1', mar, { a: 5 }),
        responseRow('r2', 's1', jan, { a: 1 }),
        responseRow('r3', 's1', feb),
      ],
    });
    const backup = contents({
      collectives: [collectiveRow('c1', jan, 'Oude naam'), collectiveRow('c2', jan)],
      scans: [scanRow('s1', 'c1', jan), scanRow('s2', 'c2', jan, feb)],
      responses: [
        responseRow('r1', 's1', feb, { a: 2 }),
        responseRow('r2', 's1', feb, { a: 3 }),
        responseRow('r4', 's2', jan),
      ],
      invitations: [invitationRow('remote', jan)],
    });
    const { put } = mergeBackup({ device, backup });
    expect(put.collectives.map((c) => c.id)).toEqual(['c2']);
    expect(put.scans.map((s) => s.id)).toEqual(['s2']);
    expect(put.responses.map((r) => [r.id, r.answers])).toEqual([
      ['r2', { a: 3 }],
      ['r4', {}],
    ]);
    expect(put.invitations.map((i) => i.scanId)).toEqual(['remote']);
  });

  it('writes nothing when the backup is the device', () => {
    const device = contents({
      collectives: [collectiveRow('c1', jan)],
      scans: [scanRow('s1', 'c1', jan)],
      responses: [responseRow('r1', 's1', jan)],
      invitations: [invitationRow('x', jan)],
    });
    expect(mergeBackup({ device, backup: device }).put).toEqual(contents());
  });

  it('keeps an invitation already opened here', () => {
    const device = contents({ invitations: [invitationRow('x', feb)] });
    const backup = contents({ invitations: [invitationRow('x', jan)] });
    expect(mergeBackup({ device, backup }).put.invitations).toEqual([]);
  });
});
