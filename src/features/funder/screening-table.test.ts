import { describe, expect, it } from 'vitest';
import { fixtureResults, screenedResult } from '../../../tests/support/screened';
import { testRuntime } from '../../../tests/support/runtime';
import { applicantAsScreenedFile, applicantsFromBatch } from '../../domain/screening/applicant';
import { defaultCriteria, evaluateCriteria } from '../../domain/screening/criteria';
import { screeningRow } from '../../domain/screening/screening-rows';
import { filterRows, sortRows, type Column, type TableRow } from './screening-table';

const rows: TableRow[] = applicantsFromBatch({
  files: fixtureResults.map((f) => screenedResult(f.result)),
  knownFiles: new Set(),
  importedAt: '2027-02-01T10:00:00.000Z',
  newId: testRuntime().newId,
}).map((applicant) => {
  const file = applicantAsScreenedFile(applicant);
  return {
    applicant,
    row: screeningRow({ file, criteria: defaultCriteria }),
    outcome: evaluateCriteria({ criteria: defaultCriteria, file }),
  };
});

const columns: Column[] = [
  {
    id: 'collective',
    header: 'Collectief',
    kind: 'text',
    value: (r) => r.row.collective,
    text: (r) => r.row.collective ?? '',
  },
  {
    id: 'sector',
    header: 'Sector',
    kind: 'choice',
    value: (r) => r.row.sector,
    text: (r) => r.row.sector ?? '',
  },
  {
    id: 'network',
    header: 'Netwerk',
    kind: 'number',
    value: (r) => r.row.scores.network ?? null,
    text: (r) => String(r.row.scores.network ?? '–'),
  },
];
const names = (list: TableRow[]) => list.map((r) => r.row.collective);

describe('screening table', () => {
  it.each([
    [{ sector: 'energy' }, ['Groene Stroom Westkapelle', 'Energiecoöperatie Zonnedael']],
    [
      { collective: 'coöperatie' },
      ['Wooncoöperatie De Binnenhof', 'Zorgcoöperatie Hoogland', 'Energiecoöperatie Zonnedael'],
    ],
    [
      { network: '80' },
      ['Wooncoöperatie De Binnenhof', 'Zorgcoöperatie Hoogland', 'Energiecoöperatie Zonnedael'],
    ],
    [{ network: '80', sector: 'care' }, ['Zorgcoöperatie Hoogland']],
    [{ sector: '' }, fixtureResults.map((f) => f.result.collective.name)],
  ])('filters %o', (filters, expected) => {
    expect(names(filterRows({ rows, columns, filters }))).toEqual(expected);
  });

  it('sorts numbers both ways and keeps an insufficient score last in both', () => {
    const up = sortRows({ rows, columns, sort: { column: 'network', direction: 'ascending' } });
    // network scores: 86, 45, 92, 42, 79, insufficient, 88
    expect(up.map((r) => r.row.scores.network)).toEqual([42, 45, 79, 86, 88, 92, null]);
    const down = sortRows({ rows, columns, sort: { column: 'network', direction: 'descending' } });
    expect(down.map((r) => r.row.scores.network)).toEqual([92, 88, 86, 79, 45, 42, null]);
  });

  it('sorts text in Dutch order', () => {
    const sorted = sortRows({
      rows,
      columns,
      sort: { column: 'collective', direction: 'ascending' },
    });
    expect(names(sorted)).toEqual([
      'Buurtbedrijf De Schakel',
      'Dorpshuis Ons Belang',
      'Energiecoöperatie Zonnedael',
      'Groene Stroom Westkapelle',
      'Voedselcollectief Oogst',
      'Wooncoöperatie De Binnenhof',
      'Zorgcoöperatie Hoogland',
    ]);
  });
});
