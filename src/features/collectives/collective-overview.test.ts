import { describe, expect, it } from 'vitest';
import type { Collective, Scan } from '../../domain/collective/schema';
import { collectiveItems } from '../../domain/questionnaire/pages';
import { itemSchema, type LocalizedText } from '../../domain/questionnaire/schema';
import { collectiveInput, exampleRef } from '../../../tests/support/fixtures';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { buildCollectiveOverview } from './collective-overview';

const dutch = (text: LocalizedText) => text.nl;
const english = (text: LocalizedText) => text.en;

function collective(overrides: Partial<Collective> = {}): Collective {
  return {
    ...collectiveInput(),
    id: 'c-1',
    isExample: false,
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

const sectorItem = itemSchema.parse({
  id: 'sector',
  type: 'single-choice',
  scope: 'collective',
  text: { nl: 'Sector', en: 'Sector' },
  options: [
    { value: 'energy', label: { nl: 'Energie', en: 'Energy' } },
    { value: 'housing', label: { nl: 'Wonen', en: 'Housing' } },
  ],
});
const municipalityItem = itemSchema.parse({
  id: 'municipality',
  type: 'text',
  scope: 'collective',
  text: { nl: 'Gemeente', en: 'Municipality' },
});
const yearItem = itemSchema.parse({
  id: 'foundingYear',
  type: 'year',
  scope: 'collective',
  text: { nl: 'Opgericht', en: 'Founded' },
});

describe('buildCollectiveOverview', () => {
  it('words every filled-in profile field of the self-scan, in the order of the questionnaire', () => {
    const { profile } = buildCollectiveOverview({
      collective: collective(),
      scans: [],
      profileItems: collectiveItems(selfScanV1),
      localize: dutch,
    });
    // collectiveInput: energy, cooperative, from101to500, from6to20, none, 2014, Rotterdam, zuidHolland, from50to75
    expect(profile.map((row) => [row.id, row.value])).toEqual([
      ['sector', 'Energie'],
      ['legalForm', 'Coöperatie'],
      ['memberBand', '101 tot en met 500'],
      ['volunteerBand', '6 tot en met 20'],
      ['staffBand', 'Geen betaalde krachten'],
      ['foundingYear', '2014'],
      ['municipality', 'Rotterdam'],
      ['province', 'Zuid-Holland'],
      ['ownIncomeShare', 'Van 50% tot 75%'],
    ]);
    expect(profile[0]?.label).toBe('In welke sector is jullie collectief vooral actief?');
  });

  it('leaves out empty fields and shows a value the questionnaire does not offer as stored', () => {
    const { profile } = buildCollectiveOverview({
      collective: collective({ sector: 'fishing', municipality: '', foundingYear: null }),
      scans: [],
      profileItems: [sectorItem, municipalityItem, yearItem],
      localize: english,
    });
    expect(profile).toEqual([{ id: 'sector', label: 'Sector', value: 'fishing' }]);
  });

  it('words an option and a year in the language asked', () => {
    const { profile } = buildCollectiveOverview({
      collective: collective({ sector: 'housing', foundingYear: 1999 }),
      scans: [],
      profileItems: [yearItem, sectorItem],
      localize: english,
    });
    expect(profile).toEqual([
      { id: 'foundingYear', label: 'Founded', value: '1999' },
      { id: 'sector', label: 'Sector', value: 'Housing' },
    ]);
  });

  it('lists the scans in the order given, each with its questionnaire as id@version', () => {
    const scan = (id: string, status: Scan['status']): Scan => ({
      id,
      collectiveId: 'c-1',
      questionnaire: exampleRef,
      label: `Ronde ${id}`,
      status,
      startedAt: `2027-0${id}-01T00:00:00.000Z`,
      closedAt: status === 'closed' ? `2027-0${id}-15T00:00:00.000Z` : null,
    });
    const { scans } = buildCollectiveOverview({
      collective: collective(),
      scans: [scan('2', 'open'), scan('1', 'closed')],
      profileItems: [],
      localize: dutch,
    });
    expect(scans).toEqual([
      {
        id: '2',
        label: 'Ronde 2',
        status: 'open',
        questionnaire: 'ck-selfscan@1.0.0',
        startedAt: '2027-02-01T00:00:00.000Z',
      },
      {
        id: '1',
        label: 'Ronde 1',
        status: 'closed',
        questionnaire: 'ck-selfscan@1.0.0',
        startedAt: '2027-01-01T00:00:00.000Z',
      },
    ]);
  });
});
