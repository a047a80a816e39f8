export { anonymiseResults, defaultK } from './anonymise';
export type {
  AnonymisationReport,
  AnonymiseRefusal,
  PseudonymMissing,
  QuasiOutcome,
} from './anonymise';
export { anonymiseSingleResult, previewSingleAnonymisation } from './anonymise-single';
export type {
  QuasiPreview,
  SingleAnonymisationPreview,
  SingleKeepLevels,
} from './anonymise-single';
export { removedFieldCodes } from './strip-result';
export type { RemovedCounts, RemovedFieldCode } from './strip-result';
export {
  decadeOf,
  generaliseValue,
  provinceRegions,
  quasiIdentifierIds,
  suppressed,
  topLevel,
} from './quasi-identifiers';
export type { QuasiIdentifierId, QuasiValue } from './quasi-identifiers';
export { planKAnonymity } from './k-anonymity';
export type { KAnonymityPlan, QuasiRecord } from './k-anonymity';
export { collectivePseudonym, importStudyKey } from './pseudonym';
export type { StudyKey } from './pseudonym';
export type { CategoryColumn, ResearchTable } from './research-table';
export { traitCodes } from './research-table';
export { buildResearchTable, createTableBuilder } from './table-builder';
export { mergeResearchTables } from './merge-tables';
export { aggregateResearch, splitVariables } from './aggregate';
export type {
  ConditionAggregate,
  GroupAggregate,
  ResearchAggregate,
  SplitVariable,
} from './aggregate';
export type { Histogram, Summary } from './summary';
export type { CorrelationMatrix } from './correlations';
export type { ChangeAggregate, ConditionChange, ConfigurationTransition } from './changes';
export { changeHistogramEdges, consecutiveChanges, defaultChangeMargin } from './changes';
export { caseChoices, defaultCaseChoice, selectCaseRows } from './cases';
export type { CaseChoice, CaseSelection } from './cases';
export { findDuplicateRows } from './duplicates';
export type { DuplicateRow } from './duplicates';
export { selectTableRows } from './select-rows';
export { matchOutcome } from './outcome-match';
export type { OutcomeCheck } from './outcome-match';
export { recheckScores } from './recheck-result';
export type { ResearchRegistry } from './recheck-result';
export { quickCanonicalJson } from './quick-canonical';
export { analyseMembershipTable, fsqcaConditionOrder, runFsqca } from './fsqca';
export { buildMembershipTable } from './membership-table';
export { buildTruthTable } from './truth-table';
export { intersection, necessity, pri, sufficiency } from './set-relations';
export { defaultFsqcaThresholds, defaultRoutes, outcomeProfileVariables } from './fsqca-types';
export type {
  FsqcaOutcome,
  FsqcaResult,
  FsqcaThresholds,
  MembershipTable,
  OutcomeProfileVariable,
  RouteDefinition,
  SetRelation,
  TruthTableRow,
} from './fsqca-types';
export { isJsonLines, jsonLines, readResearchBatch, readResearchFile } from './read-batch';
export type { ResearchRead, ResearchRefusal, ResearchRefusalCode } from './read-batch';
export { outcomePseudonymColumns, outcomeValueColumns, parseOutcomeCsv } from './outcome-csv';
export type { OutcomeCsvProblem } from './outcome-csv';
