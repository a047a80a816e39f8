/**
 * The shapes the research screen draws. They mirror research-core's aggregate and fsQCA results
 * (src/domain/research); this file is the one place to adapt when those change.
 */
export type FiveNumbers = { min: number; q1: number; median: number; q3: number; max: number };

export type Distribution = FiveNumbers & {
  n: number;
  mean: number;
  iqr: number;
  /** counts in equal bins over 0–100 */
  histogram: { from: number; to: number; count: number }[];
};

export type SplitKey = 'sector' | 'legalForm' | 'province';

export type ResearchAggregate = {
  n: number;
  conditionIds: string[];
  versions: { questionnaire: string; n: number }[];
  conditions: Record<string, Distribution | null>;
  splits: Record<
    SplitKey,
    { group: string; n: number; conditions: Record<string, Distribution | null> }[]
  >;
  routes: { pathId: string; n: number; share: number }[];
  missingNecessary: { conditionId: string; n: number; share: number };
  correlations: (number | null)[][];
  change: { pairs: number; pseudonyms: number; meanChange: Record<string, number | null> };
};

export type Thresholds = { frequency: number; consistency: number };

export type MembershipRow = {
  id: string;
  pseudonym: string | null;
  memberships: number[];
  outcome: number | null;
};

export type TruthRow = {
  /** 1 or 0 per condition, in conditionIds order */
  configuration: (0 | 1)[];
  n: number;
  consistency: number | null;
  pri: number | null;
  meetsThresholds: boolean;
};

export type Fit = { consistency: number | null; coverage: number | null };

export type FsqcaFigures = {
  conditionIds: string[];
  thresholds: Thresholds;
  outcomeLabel: string;
  memberships: MembershipRow[];
  truthTable: TruthRow[];
  /** ids of the cases with a membership of exactly 0.5, which belong to no row */
  atHalf: string[];
  routes: ({ pathId: string } & Fit)[];
  necessity: ({ conditionId: string } & Fit)[];
};

export type RefusedFile = { file: string; code: string; params?: Record<string, string | number> };

export type ResearchJobResult = {
  files: number;
  aggregate: ResearchAggregate;
  fsqca: FsqcaFigures | null;
  refused: RefusedFile[];
};

export type OutcomeChoice =
  | { kind: 'none' }
  | { kind: 'csv'; fileName: string; text: string }
  | { kind: 'profile'; variable: string; anchors: Record<string, number> };

export type ResearchJobInput = {
  files: File[];
  outcome: OutcomeChoice;
  thresholds: Thresholds;
};

export const exportKinds = [
  'wideCsv',
  'longCsv',
  'parquet',
  'membershipCsv',
  'truthTableCsv',
  'codebookJson',
  'codebookMarkdown',
] as const;
export type ExportKind = (typeof exportKinds)[number];

export type ExportJobInput = ResearchJobInput & { export: ExportKind };
export type ExportJobResult = { fileName: string; mimeType: string; bytes: Uint8Array | string };
