import { describe, expect, it } from 'vitest';
import { giveCollectivesUuids, isUuidV4 } from './collective-ids';

const kept = '0b7e2a54-1c3d-4e5f-8a6b-7c8d9e0f1a2b';

describe('isUuidV4', () => {
  it.each([
    [kept, true],
    ['0B7E2A54-1C3D-4E5F-8A6B-7C8D9E0F1A2B', true],
    // version 1 and a wrong variant are not v4
    ['0b7e2a54-1c3d-1e5f-8a6b-7c8d9e0f1a2b', false],
    ['0b7e2a54-1c3d-4e5f-ca6b-7c8d9e0f1a2b', false],
    ['c1', false],
    ['', false],
  ])('%j → %j', (id, expected) => expect(isUuidV4(id)).toBe(expected));
});

describe('giveCollectivesUuids', () => {
  it('re-ids only collectives without a UUID v4 and moves their scans along', () => {
    const fresh = ['11111111-2222-4333-8444-555555555555', '66666666-7777-4888-9999-aaaaaaaaaaaa'];
    const out = giveCollectivesUuids({
      collectives: [
        { id: 'c1', name: 'Anker' },
        { id: kept, name: 'Zon' },
        { id: 'name:oud', name: 'Oud' },
      ],
      scans: [
        { id: 's1', collectiveId: 'c1' },
        { id: 's2', collectiveId: kept },
        { id: 's3', collectiveId: 'name:oud' },
        { id: 's4', collectiveId: 'c1' },
      ],
      newUuid: () => fresh.shift() as string,
    });
    expect(out.oldIds).toEqual(['c1', 'name:oud']);
    expect(out.collectives).toEqual([
      { id: '11111111-2222-4333-8444-555555555555', name: 'Anker' },
      { id: '66666666-7777-4888-9999-aaaaaaaaaaaa', name: 'Oud' },
    ]);
    expect(out.scans).toEqual([
      { id: 's1', collectiveId: '11111111-2222-4333-8444-555555555555' },
      { id: 's3', collectiveId: '66666666-7777-4888-9999-aaaaaaaaaaaa' },
      { id: 's4', collectiveId: '11111111-2222-4333-8444-555555555555' },
    ]);
  });

  it('changes nothing when every collective has a UUID v4', () => {
    const out = giveCollectivesUuids({
      collectives: [{ id: kept }],
      scans: [{ collectiveId: kept }],
      newUuid: () => 'never',
    });
    expect(out).toEqual({ collectives: [], oldIds: [], scans: [] });
  });
});
