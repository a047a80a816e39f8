import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { SelfScanDatabase, databaseName, resetDatabaseForTests } from './db';
import { currentSchemaVersion, schemaHistory } from './schema-history';
import { getCollective } from './collectives-repository';
import { getScan } from './scans-repository';
import { getResponse } from './responses-repository';
import { isUuidV4 } from '../domain/collective/collective-ids';

/**
 * Rows exactly as the first released schema wrote them. When a migration is added, keep this test:
 * it proves a database from the very first version still opens with every row intact.
 */
const version1Stores = {
  collectives: 'id, name, updatedAt',
  scans: 'id, collectiveId, status, startedAt',
  responses: 'id, scanId, updatedAt',
  settings: 'key',
  invitations: 'scanId',
};
const version1Rows = {
  collective: {
    id: 'c1',
    name: 'Bewonersbedrijf Het Anker',
    sector: 'neighbourhood',
    legalForm: 'foundation',
    memberBand: 'from26to100',
    volunteerBand: 'over20',
    staffBand: 'from1to5',
    ownIncomeShare: 'from25to50',
    foundingYear: 2011,
    municipality: 'Rotterdam',
    province: 'zuidHolland',
    isExample: false,
    createdAt: '2027-01-01T09:00:00.000Z',
    updatedAt: '2027-01-02T09:00:00.000Z',
  },
  scan: {
    id: 's1',
    collectiveId: 'c1',
    questionnaire: { id: 'ck-selfscan', version: '1.0.0', sha256: 'b'.repeat(64) },
    label: 'Zelfscan voorjaar 2027',
    status: 'closed',
    startedAt: '2027-01-03T09:00:00.000Z',
    closedAt: '2027-01-20T09:00:00.000Z',
  },
  response: {
    id: 'r1',
    scanId: 's1',
    name: 'Fatima',
    answers: { role: 'board', leadership_1: 4, leadership_2: null },
    source: 'device',
    createdAt: '2027-01-04T09:00:00.000Z',
    updatedAt: '2027-01-05T09:00:00.000Z',
  },
};

const uuidRow = { ...version1Rows.collective, id: '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0' };

describe('storage upgrades', () => {
  beforeEach(resetDatabaseForTests);

  it('records the first schema exactly as it was released', () => {
    expect(schemaHistory[0]).toEqual({ version: 1, stores: version1Stores });
  });

  it('adds the funder screening tables in version 2 without touching earlier tables', () => {
    expect(schemaHistory[1]).toEqual({
      version: 2,
      stores: { applicants: 'id, &digest, importedAt', screeningSettings: 'key' },
    });
  });

  it('adds the studies table in version 3 (its upgrade gives every collective a UUID v4)', () => {
    expect(schemaHistory[2]?.version).toBe(3);
    expect(schemaHistory[2]?.stores).toEqual({ studies: 'id, savedAt' });
  });

  it('keeps one applicant per file from version 4 (the digest no longer unique, files in order)', () => {
    expect(schemaHistory[3]).toMatchObject({
      version: 4,
      stores: { applicants: 'id, digest, fileSha256, importedAt, [importedAt+position]' },
    });
  });

  it('numbers versions upwards without gaps in the history', () => {
    const versions = schemaHistory.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(currentSchemaVersion).toBe(versions[versions.length - 1]);
  });

  it('opens a version-1 database with the current code and keeps every row intact', async () => {
    const old = new Dexie(databaseName);
    old.version(1).stores(version1Stores);
    await old.open();
    await old.table('collectives').add(version1Rows.collective);
    await old.table('scans').add(version1Rows.scan);
    await old.table('responses').add(version1Rows.response);
    await old.table('settings').add({ key: 'language', value: 'nl' });
    old.close();

    const db = new SelfScanDatabase();
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    // version 3 gave the collective (id "c1", not a UUID) a UUID v4 and moved its scan along
    const [collective, ...others] = await db.collectives.toArray();
    expect(others).toEqual([]);
    expect(isUuidV4(collective?.id ?? '')).toBe(true);
    expect(await getCollective(db, 'c1')).toBeUndefined();
    expect(collective).toEqual({ ...version1Rows.collective, id: collective?.id });
    expect(await getScan(db, 's1')).toEqual({ ...version1Rows.scan, collectiveId: collective?.id });
    expect(await getResponse(db, 'r1')).toEqual(version1Rows.response);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'nl' });
    // version 2 adds the funder's own tables, empty, apart from the collectives
    expect(await db.applicants.count()).toBe(0);
    expect(await db.screeningSettings.count()).toBe(0);
    expect(await db.studies.count()).toBe(0);
    db.close();
  });

  it('keeps a collective that has a UUID v4 exactly as it is, with its scans', async () => {
    const old = new Dexie(databaseName);
    old.version(2).stores({ ...version1Stores, ...schemaHistory[1]?.stores });
    await old.open();
    await old.table('collectives').add(uuidRow);
    await old.table('scans').add({ ...version1Rows.scan, collectiveId: uuidRow.id });
    old.close();

    const db = new SelfScanDatabase();
    await db.open();
    expect(await db.collectives.toArray()).toEqual([uuidRow]);
    expect((await getScan(db, 's1'))?.collectiveId).toBe(uuidRow.id);
    db.close();
  });
});
