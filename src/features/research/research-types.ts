/**
 * The shapes the research screen draws: the aggregate and fsQCA results of domain/research, and the research
 * worker's input and output.
 */
import type { OutcomeProfileVariable } from '../../domain/research';
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

// the page sees the job as the worker posts it: tables packed (src/workers/table-parcel.ts)
export type {
  PostedResearchInput as ResearchJobInput,
  PostedResearchResult as ResearchJobResult,
} from '../../workers/research-job';
export type { ResearchExportFile, ResearchExportKind } from '../../exports/research';

/** The outcome as the researcher chose it on screen; the page turns it into domain/research's FsqcaOutcome. */
export type OutcomeChoice =
  | { kind: 'none' }
  | { kind: 'csv'; fileName: string; text: string }
  | { kind: 'profile'; variable: OutcomeProfileVariable; anchors: Calibration };
