import { describe, expect, it } from 'vitest';
import { compareBackup, countContents } from './backup-compare';
import {
  collectiveRow,
  contents,
  invitationRow,
  responseRow,
  scanRow,
} from '../../../tests/support/backup-rows';

const jan = '2027-01-10T10:00:00.000Z';
const feb = '2027-02-10T10:00:00.000Z';

const none = { same: 0, newerInBackup: 0, newerHere: 0, onlyHere: 0, onlyInBackup: 0 };

describe('compareBackup', () => {
  const device = contents({
    collectives: [
      collectiveRow('c1', jan, 'Buurtbedrijf Oost'),
      collectiveRow('c3', jan, 'Alleen hier'),
    ],
    scans: [scanRow('s1', 'c1', jan), scanRow('s3', 'c3', jan)],
    responses: [
      responseRow('r1', 's1', feb, { a: 4 }),
      responseRow('r2', 's1', jan, { a: 1 }),
      responseRow('r5', 's1', jan),
      responseRow('r6', 's3', jan),
      responseRow('own', 'remote-scan', jan),
    ],
    invitations: [invitationRow('remote-scan', jan)],
  });
  const backup = contents({
    collectives: [
      collectiveRow('c1', jan, 'Buurtbedrijf Oost'),
      collectiveRow('c2', jan, 'Dorpscoöperatie'),
    ],
    scans: [scanRow('s1', 'c1', jan, feb), scanRow('s2', 'c2', jan)],
    responses: [
      responseRow('r1', 's1', jan, { a: 2 }),
      responseRow('r2', 's1', feb, { a: 3 }),
      responseRow('r3', 's1', jan),
      responseRow('r4', 's2', jan),
      responseRow('r5', 's1', jan),
    ],
  });

  it('counts scans and answers per collective by what a merge would do with them', () => {
    const { collectives, hasChanges } = compareBackup({ device, backup });
    expect(hasChanges).toBe(true);
    expect(collectives).toEqual([
      {
        collectiveId: 'c3',
        name: 'Alleen hier',
        collective: 'onlyHere',
        scans: { ...none, onlyHere: 1 },
        responses: { ...none, onlyHere: 1 },
      },
      {
        collectiveId: 'c1',
        name: 'Buurtbedrijf Oost',
        collective: 'same',
        scans: { ...none, newerInBackup: 1 },
        responses: { ...none, newerHere: 1, newerInBackup: 1, onlyInBackup: 1, same: 1 },
      },
      {
        collectiveId: 'c2',
        name: 'Dorpscoöperatie',
        collective: 'onlyInBackup',
        scans: { ...none, onlyInBackup: 1 },
        responses: { ...none, onlyInBackup: 1 },
      },
      {
        collectiveId: null,
        name: null,
        collective: null,
        scans: none,
        responses: { ...none, onlyHere: 1 },
      },
    ]);
  });

  it('sees no change when the backup holds nothing newer', () => {
    expect(compareBackup({ device, backup: device }).hasChanges).toBe(false);
    expect(compareBackup({ device, backup: contents() }).hasChanges).toBe(false);
  });

  it('counts what the device holds', () => {
    expect(countContents(device)).toEqual({ collectives: 2, scans: 2, responses: 5 });
  });
});
