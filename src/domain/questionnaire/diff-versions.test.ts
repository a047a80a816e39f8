import { describe, expect, it } from 'vitest';
import mini1Raw from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import mini2Raw from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { checkMigrationSource } from './check-migration-source';
import { diffQuestionnaireVersions, isBumpEnough, versionBumpBetween } from './diff-versions';
import { questionnaireSchema, type Questionnaire } from './schema';

const mini1 = questionnaireSchema.parse(mini1Raw);
const mini2 = questionnaireSchema.parse(mini2Raw);

describe('diffQuestionnaireVersions', () => {
  it('matches items through migratesFrom; a dropped scored item calls for a major', () => {
    const diff = diffQuestionnaireVersions({ from: mini1, to: mini2 });
    const items = diff.changes.flatMap((c) => ('item' in c ? [[c.kind, c.item, c.bump]] : []));
    expect(items).toEqual([
      ['renamed', 'biz-buffer', 'minor'],
      ['reworded', 'biz-buffer', 'patch'],
      ['removed', 'net-municipality', 'major'],
      ['added', 'net-funders', 'minor'],
    ]);
    expect(diff).toMatchObject({ required: 'major', actual: 'major', hasMigration: true });
    expect(isBumpEnough(diff)).toBe(true);
  });

  it('calls a changed anchor a major, and a minor number too small for it', () => {
    const to: Questionnaire = {
      ...mini1,
      version: '1.1.0',
      migratesFrom: { version: '1.0.0', items: {} },
      conditions: mini1.conditions.map((c, i) =>
        i === 0 ? { ...c, calibration: { ...c.calibration, crossover: 3.5 } } : c,
      ),
    };
    const diff = diffQuestionnaireVersions({ from: mini1, to });
    expect(diff.changes).toEqual([{ kind: 'scoring', part: 'conditions', bump: 'major' }]);
    expect(diff).toMatchObject({ required: 'major', actual: 'minor' });
    expect(isBumpEnough(diff)).toBe(false);
  });

  it('says when the new version does not migrate from the old one', () => {
    const to = { ...mini1, version: '1.0.1' };
    const diff = diffQuestionnaireVersions({ from: mini1, to });
    expect(diff).toMatchObject({
      changes: [],
      required: 'none',
      actual: 'patch',
      hasMigration: false,
    });
  });

  it.each([
    ['1.0.0', '1.0.1', 'patch'],
    ['1.0.9', '1.1.0', 'minor'],
    ['1.9.0', '2.0.0', 'major'],
    ['1.2.0', '1.1.5', 'none'],
    ['1.0.0', '1.0.0', 'none'],
  ])('from %s to %s is a %s', (from, to, bump) => {
    expect(versionBumpBetween(from, to)).toBe(bump);
  });
});

describe('checkMigrationSource', () => {
  it('accepts a migration from a published version with ids it has', () => {
    expect(checkMigrationSource({ questionnaire: mini2, published: [mini1, mini2] })).toEqual([]);
  });

  it('refuses an old item id the named version does not have, naming it', () => {
    const questionnaire = {
      ...mini2,
      migratesFrom: { version: '1.0.0', items: { 'community-9': 'biz-buffer' } },
    };
    expect(checkMigrationSource({ questionnaire, published: [mini1] })).toEqual([
      {
        path: 'migratesFrom.items.community-9',
        code: 'migration-item-unknown',
        values: { item: 'community-9', id: 'mini', version: '1.0.0' },
      },
    ]);
  });

  it('refuses a version that was never published', () => {
    const questionnaire = { ...mini2, migratesFrom: { version: '0.9.0', items: {} } };
    expect(checkMigrationSource({ questionnaire, published: [mini1, mini2] })).toEqual([
      {
        path: 'migratesFrom.version',
        code: 'migration-source-unknown',
        values: { id: 'mini', version: '0.9.0', known: '1.0.0' },
      },
    ]);
  });
});
