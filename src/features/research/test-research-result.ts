import type { Distribution, ResearchJobResult } from './research-types';

const ids = ['leadership', 'community', 'business', 'culture', 'network'];

function distribution(median: number, n: number): Distribution {
  return {
    n,
    min: median - 30,
    q1: median - 10,
    median,
    q3: median + 10,
    max: median + 30,
    mean: median + 1,
    iqr: 20,
    histogram: Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: i })),
  };
}

/** A hand-made worker result: 3 results, one refused identifying file, a truth table of 2 rows. */
export function testResearchResult(): ResearchJobResult {
  return {
    files: 5,
    aggregate: {
      n: 3,
      conditionIds: ids,
      versions: [{ questionnaire: 'ck-selfscan@1.0.0', n: 3 }],
      conditions: Object.fromEntries(ids.map((id, i) => [id, distribution(40 + i * 5, 3)])),
      splits: {
        sector: [
          { group: 'energy', n: 2, conditions: { culture: distribution(62, 2) } },
          { group: 'group:services', n: 1, conditions: { culture: distribution(48, 1) } },
        ],
        legalForm: [],
        province: [],
      },
      routes: [
        { pathId: 'A', n: 1, share: 1 / 3 },
        { pathId: 'B', n: 2, share: 2 / 3 },
      ],
      missingNecessary: { conditionId: 'culture', n: 1, share: 1 / 3 },
      correlations: ids.map((_, row) => ids.map((__, column) => (row === column ? 1 : -0.25))),
      change: { pairs: 2, pseudonyms: 1, meanChange: { culture: 7.5, leadership: -2 } },
    },
    fsqca: {
      conditionIds: ids,
      thresholds: { frequency: 1, consistency: 0.8 },
      outcomeLabel: 'actief.csv',
      memberships: Array.from({ length: 120 }, (_, i) => ({
        id: `case-${String(i).padStart(3, '0')}`,
        pseudonym: null,
        memberships: [0.9, 0.2, 0.6, 0.95, 0.7],
        outcome: 0.8,
      })),
      truthTable: [
        {
          configuration: [1, 0, 1, 1, 1],
          n: 2,
          consistency: 0.912,
          pri: 0.85,
          meetsThresholds: true,
        },
        {
          configuration: [0, 0, 0, 1, 0],
          n: 1,
          consistency: 0.5,
          pri: 0.2,
          meetsThresholds: false,
        },
      ],
      atHalf: ['case-half'],
      routes: [
        { pathId: 'A', consistency: 0.875, coverage: 0.6 },
        { pathId: 'B', consistency: 0.7, coverage: 0.4 },
      ],
      necessity: [
        { conditionId: 'leadership', consistency: 0.6, coverage: 0.7 },
        { conditionId: 'culture', consistency: 0.95, coverage: 0.8 },
      ],
    },
    refused: [
      { file: 'bad.json', code: 'unreadable' },
      { file: 'de-zonnewijk.json', code: 'identifying' },
    ],
  };
}
