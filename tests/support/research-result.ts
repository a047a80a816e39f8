import type {
  FsqcaResult,
  MembershipTable,
  ResearchJobResult,
  Summary,
} from '../../src/features/research/research-types';

const ids = ['leadership', 'community', 'business', 'culture', 'network'];

/** A summary around a median on 1–5: quartiles 0.5 either side, range 1 either side, mean 0.1 above. */
function summary(median: number, n: number): Summary {
  return {
    n,
    min: median - 1,
    q1: median - 0.5,
    median,
    q3: median + 0.5,
    max: median + 1,
    mean: median + 0.1,
    iqr: 1,
  };
}

const edges = Array.from({ length: 17 }, (_, i) => 1 + i * 0.25);
const changeEdges = Array.from({ length: 17 }, (_, i) => -4 + i * 0.5);

/** A hand-made worker result: 3 results, two refused files, a truth table of 2 rows, 120 cases. */
export function testResearchResult(): ResearchJobResult {
  return {
    n: 3,
    read: 5,
    loadedCount: 3,
    cases: { choice: 'latest', cases: 3, pseudonyms: 2, withoutPseudonym: 1, scansLeftOut: 0 },
    duplicates: 0,
    outcomeCheck: null,
    aggregate: {
      n: 3,
      conditionIds: ids,
      routeIds: ['A', 'B'],
      byQuestionnaire: [{ id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64), n: 3 }],
      conditions: Object.fromEntries(
        ids.map((id, i) => [
          id,
          {
            summary: summary(2.5 + i * 0.25, 3),
            histogram: { edges, counts: edges.slice(1).map((_, bin) => bin % 3) },
            insufficient: 0,
          },
        ]),
      ),
      splits: {
        sector: [
          { value: 'energy', n: 2, conditions: { culture: summary(3.5, 2) } },
          { value: 'group.services', n: 1, conditions: { culture: summary(3, 1) } },
        ],
        legalForm: [],
        province: [],
      },
      routes: [
        { id: 'A', n: 3, fits: 1, share: 1 / 3 },
        { id: 'B', n: 3, fits: 2, share: 2 / 3 },
      ],
      necessaryMissing: { count: 1, share: 1 / 3 },
      correlations: {
        ids,
        r: ids.map((_, row) => ids.map((__, column) => (row === column ? 1 : -0.25))),
        n: ids.map(() => ids.map(() => 3)),
      },
      changes: {
        pseudonyms: 1,
        pairs: 2,
        conditions: {
          culture: { ...summary(0.5, 2), mean: 0.75 },
          leadership: { ...summary(-0.2, 2), mean: -0.2 },
        },
        margin: 0.25,
        shifts: {
          culture: {
            histogram: { edges: changeEdges, counts: changeEdges.slice(1).map(() => 0) },
            improved: 1,
            declined: 0,
            shareImproved: 0.5,
            shareDeclined: 0,
          },
        },
        configurationConditions: ['culture', 'leadership', 'community', 'business', 'network'],
        transitions: [{ from: '10111', to: '11111', n: 1 }],
        pairsWithoutConfiguration: 1,
      },
      cases: null,
    },
    fsqca: testFsqca(),
    refused: [
      { source: 'bad.json', code: 'unreadable', params: {} },
      { source: 'de-zonnewijk.json', code: 'identifying-result', params: {} },
    ],
    refusedCount: 2,
    exports: [],
    table: null,
    loaded: null,
  };
}

/** The fsQCA figures of 120 hand-made cases. */
export function testFsqca(): FsqcaResult {
  const cases = 120;
  return {
    thresholds: { frequency: 1, consistency: 0.8 },
    outcome: { kind: 'values', label: 'actief.csv' },
    n: cases,
    excluded: { missingMembership: 0, missingOutcome: 0 },
    conditionIds: ids,
    truthTable: [
      {
        configuration: [1, 0, 1, 1, 1],
        key: '10111',
        n: 2,
        consistency: 0.912,
        pri: 0.85,
        outcome: 1,
      },
      {
        configuration: [0, 0, 0, 1, 0],
        key: '00010',
        n: 1,
        consistency: 0.5,
        pri: 0.2,
        outcome: 0,
      },
      {
        configuration: [0, 0, 0, 0, 0],
        key: '00000',
        n: 0,
        consistency: null,
        pri: null,
        outcome: null,
      },
    ],
    atCrossover: ['case-half'],
    sufficiency: [
      {
        id: 'A',
        conditions: ['culture', 'leadership', 'network'],
        consistency: 0.875,
        coverage: 0.6,
      },
      {
        id: 'B',
        conditions: ['culture', 'community', 'business', 'network'],
        consistency: 0.7,
        coverage: 0.4,
      },
    ],
    necessity: [
      { id: 'leadership', consistency: 0.6, coverage: 0.7 },
      { id: 'culture', consistency: 0.95, coverage: 0.8 },
    ],
  };
}

/** 120 cases, every membership 0.9 and outcome 0.8, without pseudonyms. */
export function testMembershipTable(): MembershipTable {
  const cases = 120;
  return {
    conditionIds: ids,
    caseIds: Array.from({ length: cases }, (_, i) => `case-${String(i).padStart(3, '0')}`),
    pseudonyms: Array.from({ length: cases }, () => null),
    memberships: Object.fromEntries(ids.map((id) => [id, new Float64Array(cases).fill(0.9)])),
    outcome: new Float64Array(cases).fill(0.8),
    excluded: { missingMembership: 0, missingOutcome: 0 },
  };
}
