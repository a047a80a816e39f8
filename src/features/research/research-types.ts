/**
 * The shapes the research screen draws: research-core's aggregate and fsQCA results, and the research
 * worker's input and output.
 */
import type {
  FsqcaResult,
  FsqcaThresholds,
  MembershipTable,
  OutcomeProfileVariable,
  ResearchAggregate,
  ResearchRefusal,
} from '../../domain/research';
import type { Calibration } from '../../domain/questionnaire/schema';

export type {
  ConditionAggregate,
  FsqcaResult,
  FsqcaThresholds,
  GroupAggregate,
  MembershipTable,
  OutcomeProfileVariable,
  ResearchAggregate,
  ResearchRefusal,
  SetRelation,
  SplitVariable,
  Summary,
  TruthTableRow,
} from '../../domain/research';
export type { Calibration };

export type ResearchJobResult = {
  /** files (and JSON Lines lines) read */
  read: number;
  aggregate: ResearchAggregate;
  fsqca: { result: FsqcaResult; membershipTable: MembershipTable } | null;
  refusals: ResearchRefusal[];
};

export type OutcomeChoice =
  | { kind: 'none' }
  | { kind: 'csv'; fileName: string; text: string }
  | { kind: 'profile'; variable: OutcomeProfileVariable; anchors: Calibration };

export type ResearchJobInput = {
  files: File[];
  outcome: OutcomeChoice;
  thresholds: FsqcaThresholds;
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
