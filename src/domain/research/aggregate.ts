import type { CaseSelection } from './cases';
import { consecutiveChanges, type ChangeAggregate } from './changes';
import { correlationMatrix, type CorrelationMatrix } from './correlations';
import type { CategoryColumn, ResearchTable } from './research-table';
import {
  histogram,
  meanHistogramEdges,
  sortedValues,
  sortedValuesByGroup,
  summarise,
  type Histogram,
  type Summary,
} from './summary';

/** One condition across the batch: the collective means on 1–5. */
export type ConditionAggregate = { summary: Summary; histogram: Histogram; insufficient: number };

/** One value of a profile variable (sector, legal form, province) and the conditions within it. */
export type GroupAggregate = {
  value: string | null;
  n: number;
  conditions: Record<string, Summary>;
};

export const splitVariables = ['sector', 'legalForm', 'province'] as const;
export type SplitVariable = (typeof splitVariables)[number];

/** Everything the Onderzoek screen and `selfscan aggregate` show; plain data, structured-cloneable. */
export type ResearchAggregate = {
  n: number;
  conditionIds: string[];
  routeIds: string[];
  /** results per questionnaire version (`id@version` and its hash) */
  byQuestionnaire: { id: string; version: string; sha256: string; n: number }[];
  conditions: Record<string, ConditionAggregate>;
  splits: Record<SplitVariable, GroupAggregate[]>;
  /** per route: results with a known membership, how many fit, and the share (fits / n) */
  routes: { id: string; n: number; fits: number; share: number | null }[];
  necessaryMissing: { count: number; share: number | null };
  /** Pearson correlations of the condition means */
  correlations: CorrelationMatrix;
  /** from every scan loaded, not only the cases */
  changes: ChangeAggregate;
  /** how the cases were chosen (one per pseudonym, or every scan); null when not stated */
  cases: CaseSelection | null;
};

function byQuestionnaire(column: CategoryColumn): ResearchAggregate['byQuestionnaire'] {
  const counts = new Array<number>(column.values.length).fill(0);
  for (const code of column.codes) counts[code] = (counts[code] ?? 0) + 1;
  return column.values.map((value, code) => {
    const [key = '', sha256 = ''] = (value ?? '').split('#');
    const at = key.lastIndexOf('@');
    return { id: key.slice(0, at), version: key.slice(at + 1), sha256, n: counts[code] ?? 0 };
  });
}

function split(table: ResearchTable, column: CategoryColumn): GroupAggregate[] {
  const counts = new Array<number>(column.values.length).fill(0);
  for (const code of column.codes) counts[code] = (counts[code] ?? 0) + 1;
  const sortedByCondition = table.conditionIds.map((id) =>
    sortedValuesByGroup(
      table.means[id] ?? new Float64Array(table.n),
      column.codes,
      column.values.length,
    ),
  );
  const groups = column.values.map((value, code) => {
    const conditions: Record<string, Summary> = {};
    table.conditionIds.forEach((id, c) => {
      conditions[id] = summarise(sortedByCondition[c]?.[code] ?? new Float64Array(0));
    });
    return { value, n: counts[code] ?? 0, conditions };
  });
  return groups.sort((a, b) => String(a.value).localeCompare(String(b.value), 'en'));
}

/**
 * Aggregates a research table: distributions per condition, splits, routes, correlations and changes
 * (`changes`, when computed over more scans than the table's cases).
 */
export function aggregateResearch(
  table: ResearchTable,
  { changes }: { changes?: ChangeAggregate } = {},
): ResearchAggregate {
  const conditions: Record<string, ConditionAggregate> = {};
  for (const id of table.conditionIds) {
    const sorted = sortedValues(table.means[id] ?? new Float64Array(table.n));
    conditions[id] = {
      summary: summarise(sorted),
      histogram: histogram(sorted, meanHistogramEdges),
      insufficient: table.n - sorted.length,
    };
  }
  const routes = table.routeIds.map((id) => {
    const membership = table.routeMemberships[id] ?? new Float64Array(table.n);
    const fits = table.routeFits[id] ?? new Uint8Array(table.n);
    let known = 0;
    let fitting = 0;
    for (let i = 0; i < table.n; i += 1) {
      if (!Number.isNaN(membership[i] as number)) known += 1;
      fitting += fits[i] as number;
    }
    return { id, n: known, fits: fitting, share: known === 0 ? null : fitting / known };
  });
  const missing = table.necessaryMissing.reduce((sum, value) => sum + value, 0);
  return {
    n: table.n,
    conditionIds: table.conditionIds,
    routeIds: table.routeIds,
    byQuestionnaire: byQuestionnaire(table.questionnaire),
    conditions,
    splits: {
      sector: split(table, table.sector),
      legalForm: split(table, table.legalForm),
      province: split(table, table.province),
    },
    routes,
    necessaryMissing: { count: missing, share: table.n === 0 ? null : missing / table.n },
    correlations: correlationMatrix(table.means, table.conditionIds),
    changes: changes ?? consecutiveChanges(table),
    cases: null,
  };
}
