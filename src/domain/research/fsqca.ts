import type { ResearchTable } from './research-table';
import {
  defaultFsqcaThresholds,
  defaultRoutes,
  type FsqcaOutcome,
  type FsqcaResult,
  type FsqcaThresholds,
  type MembershipTable,
  type RouteDefinition,
} from './fsqca-types';
import { fsqcaConditionOrder } from './fsqca-order';
import { buildMembershipTable } from './membership-table';
import { intersection, necessity, sufficiency } from './set-relations';
import { buildTruthTable } from './truth-table';

export { fsqcaConditionOrder };

/** Truth table, route sufficiency and condition necessity of one membership table. */
export function analyseMembershipTable({
  table,
  thresholds = defaultFsqcaThresholds,
  routes = defaultRoutes,
  outcome,
}: {
  table: MembershipTable;
  thresholds?: FsqcaThresholds;
  routes?: readonly RouteDefinition[];
  outcome: FsqcaOutcome;
}): FsqcaResult {
  const n = table.outcome.length;
  const { rows, atCrossover } = buildTruthTable({ table, thresholds });
  const known = routes.filter((route) => route.conditions.every((id) => table.memberships[id]));
  return {
    thresholds,
    outcome:
      outcome.kind === 'values'
        ? { kind: 'values', label: outcome.label }
        : { kind: 'profile', variable: outcome.variable, anchors: outcome.anchors },
    n,
    excluded: table.excluded,
    conditionIds: table.conditionIds,
    truthTable: rows,
    atCrossover,
    sufficiency: known.map((route) => ({
      id: route.id,
      conditions: route.conditions,
      ...sufficiency(
        intersection(
          route.conditions.map((id) => table.memberships[id] as Float64Array),
          n,
        ),
        table.outcome,
      ),
    })),
    necessity: table.conditionIds.map((id) => ({
      id,
      ...necessity(table.memberships[id] as Float64Array, table.outcome),
    })),
  };
}

/** fsQCA of a research batch: membership table with the chosen outcome, then the figures. */
export function runFsqca(input: {
  table: ResearchTable;
  outcome: FsqcaOutcome;
  thresholds?: FsqcaThresholds;
  routes?: readonly RouteDefinition[];
  necessary?: readonly string[];
}): { membershipTable: MembershipTable; result: FsqcaResult } {
  const conditionIds = fsqcaConditionOrder(
    input.table.conditionIds,
    input.necessary ?? ['culture'],
  );
  const membershipTable = buildMembershipTable({
    table: input.table,
    outcome: input.outcome,
    conditionIds,
  });
  return {
    membershipTable,
    result: analyseMembershipTable({ ...input, table: membershipTable }),
  };
}
