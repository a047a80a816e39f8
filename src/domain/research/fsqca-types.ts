import type { Calibration } from '../questionnaire/schema';
import type { CaseSelection } from './cases';
import type { OutcomeCsvProblem } from './outcome-csv';

/** fsQCA settings, returned with every figure: a truth-table row needs `frequency` cases to count, and `consistency` to be coded 1. */
export type FsqcaThresholds = { frequency: number; consistency: number };
export const defaultFsqcaThresholds: FsqcaThresholds = { frequency: 1, consistency: 0.8 };

/** A profile variable an outcome can be calibrated from. */
export const outcomeProfileVariables = ['age', 'memberBand'] as const;
export type OutcomeProfileVariable = (typeof outcomeProfileVariables)[number];

/** The outcome Y: the researcher's own values per pseudonym (0–1), or a profile variable calibrated with stated anchors. */
export type FsqcaOutcome =
  | {
      kind: 'values';
      label: string;
      byPseudonym: Record<string, number>;
      /** the file's refused lines, shown with the figures */
      problems?: OutcomeCsvProblem[];
    }
  | { kind: 'profile'; variable: OutcomeProfileVariable; anchors: Calibration };

/** The routes (sufficient configurations) whose consistency and coverage are reported. */
export type RouteDefinition = { id: string; conditions: string[] };
export const defaultRoutes: RouteDefinition[] = [
  { id: 'A', conditions: ['culture', 'leadership', 'network'] },
  { id: 'B', conditions: ['culture', 'community', 'business', 'network'] },
];

/** One row per case with all five memberships and an outcome; cases missing any of them are left out (and counted). */
export type MembershipTable = {
  conditionIds: string[];
  caseIds: string[];
  pseudonyms: (string | null)[];
  /** per condition, one membership per case */
  memberships: Record<string, Float64Array>;
  outcome: Float64Array;
  excluded: { missingMembership: number; missingOutcome: number };
};

export type TruthTableRow = {
  /** 1 = in the condition's set, 0 = out, in the order of `conditionIds` */
  configuration: (0 | 1)[];
  /** e.g. "10110" */
  key: string;
  /** cases whose membership in this configuration is above 0.5 */
  n: number;
  /** Σmin(X,Y)/ΣX over all cases, X = membership in this configuration; null when ΣX = 0 */
  consistency: number | null;
  pri: number | null;
  /** 1 or 0 by the consistency cut-off; null for a remainder (fewer cases than the frequency cut-off) */
  outcome: 0 | 1 | null;
};

export type SetRelation = { consistency: number | null; coverage: number | null };

export type FsqcaResult = {
  thresholds: FsqcaThresholds;
  outcome:
    | { kind: 'values'; label: string }
    | { kind: 'profile'; variable: OutcomeProfileVariable; anchors: Calibration };
  /** cases in the analysis */
  n: number;
  excluded: MembershipTable['excluded'];
  conditionIds: string[];
  truthTable: TruthTableRow[];
  /** cases with a membership of exactly 0.5 in some condition: in no row; their case ids */
  atCrossover: string[];
  sufficiency: ({ id: string; conditions: string[] } & SetRelation)[];
  /** necessity of each condition, necessary conditions (culture) first */
  necessity: ({ id: string } & SetRelation)[];
  /** how the cases were chosen, printed with the figures */
  cases?: CaseSelection;
};
