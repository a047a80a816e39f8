import type { AnonymisedResultFile, GeneralisationLevels } from '../files/anonymised-result-file';
import { collectiveIdOf, type ResultFile } from '../files/result-file-schema';
import type { QuestionnaireRegistry } from '../questionnaire/registry';
import type { Questionnaire } from '../questionnaire/schema';
import type { RandomSource } from '../random';
import { buildAnonymisedFile, publishedQuasi, quasiRecordOf } from './anonymised-file';
import { planKAnonymity, type QuasiRecord } from './k-anonymity';
import { collectivePseudonym, type StudyKey } from './pseudonym';
import { quasiIdentifierIds, topLevel, type QuasiIdentifierId } from './quasi-identifiers';
import { countRemovedFields, emptyRemovedCounts, type RemovedCounts } from './strip-result';

export const defaultK = 5;

/** How one quasi-identifier came out: as given, generalised to a coarser level, or suppressed. */
export type QuasiOutcome = {
  level: number;
  state: 'asGiven' | 'generalised' | 'suppressed';
  /** results whose published value differs from the value given (unknown values not counted) */
  changed: number;
};

export type AnonymiseRefusal = { index: number; code: 'unknown-questionnaire' };

/** A result anonymised without the study's pseudonym, and why: a version-1 result has no collective id. */
export type PseudonymMissing = { index: number; code: 'no-collective-id' };

/** What an anonymisation did, for the export's report and the consent step. */
export type AnonymisationReport = {
  mode: 'batch' | 'single';
  k: number;
  counts: {
    input: number;
    anonymised: number;
    refused: number;
    /** results whose quasi-identifiers were all suppressed to protect them */
    suppressedResults: number;
    withPseudonym: number;
  };
  levels: GeneralisationLevels;
  generalised: Record<QuasiIdentifierId, QuasiOutcome>;
  removed: RemovedCounts;
  /** every published combination of quasi-identifiers is shared by at least k results */
  isSatisfied: boolean;
  /** fewer results than k: every quasi-identifier of every result is suppressed */
  isSmallBatch: boolean;
  refused: AnonymiseRefusal[];
  /** with a study key: the results that carry no pseudonym, each with its reason */
  withoutPseudonym: PseudonymMissing[];
};

function stateOf(id: QuasiIdentifierId, level: number): QuasiOutcome['state'] {
  if (level === 0) return 'asGiven';
  return level >= topLevel(id) ? 'suppressed' : 'generalised';
}

function outcomes(
  records: readonly QuasiRecord[],
  published: readonly QuasiRecord[],
  levels: GeneralisationLevels,
): Record<QuasiIdentifierId, QuasiOutcome> {
  const entries = quasiIdentifierIds.map((id) => {
    const changed = records.filter((r, i) => r[id] !== null && r[id] !== published[i]?.[id]).length;
    return [id, { level: levels[id], state: stateOf(id, levels[id]), changed }] as const;
  });
  return Object.fromEntries(entries) as Record<QuasiIdentifierId, QuasiOutcome>;
}

const allSuppressed = (): GeneralisationLevels =>
  Object.fromEntries(quasiIdentifierIds.map((id) => [id, topLevel(id)])) as GeneralisationLevels;

/** The study pseudonym of a result: only from its collective's permanent id, never from a name. */
export async function resultPseudonym(
  result: ResultFile,
  studyKey: StudyKey | undefined,
): Promise<string | null> {
  const id = collectiveIdOf(result);
  if (studyKey === undefined || id === null) return null;
  return collectivePseudonym({ studyKey, collectiveId: id });
}

/**
 * Anonymises a batch of results (DESIGN.md "Anonymised result"): drops everything identifying,
 * generalises and suppresses the quasi-identifiers until every published combination is shared by at
 * least k results of this batch, and adds the study pseudonym when a study key is given (a version-1
 * result, which has no collective id, goes without and is listed). Results on an
 * unknown questionnaire are refused (their kept answers could not be told from free text).
 */
export async function anonymiseResults(input: {
  results: readonly ResultFile[];
  questionnaires: Pick<QuestionnaireRegistry, 'resolve'>;
  k?: number;
  studyKey?: StudyKey;
  random: RandomSource;
}): Promise<{ files: AnonymisedResultFile[]; report: AnonymisationReport }> {
  const k = input.k ?? defaultK;
  const refused: AnonymiseRefusal[] = [];
  const usable: { result: ResultFile; questionnaire: Questionnaire; index: number }[] = [];
  input.results.forEach((result, index) => {
    const resolved = input.questionnaires.resolve(result.questionnaire);
    if (resolved.ok) usable.push({ result, questionnaire: resolved.entry.questionnaire, index });
    else refused.push({ index, code: 'unknown-questionnaire' });
  });
  const records = usable.map(({ result }) => quasiRecordOf(result));
  const plan = planKAnonymity({ records, k });
  const suppressedSet = new Set(plan.suppressedRecords);
  const top = allSuppressed();
  const removed = emptyRemovedCounts();
  const files: AnonymisedResultFile[] = [];
  const published: QuasiRecord[] = [];
  for (const [i, { result, questionnaire }] of usable.entries()) {
    const levels = suppressedSet.has(i) ? top : plan.levels;
    const record = records[i] as QuasiRecord;
    countRemovedFields(result, removed);
    published.push(publishedQuasi(record, levels));
    files.push(
      await buildAnonymisedFile({
        result,
        questionnaire,
        levels,
        record,
        pseudonym: await resultPseudonym(result, input.studyKey),
        anonymisation: { k, mode: 'batch', levels },
        random: input.random,
        removed,
      }),
    );
  }
  return {
    files,
    report: {
      mode: 'batch',
      k,
      counts: {
        input: input.results.length,
        anonymised: files.length,
        refused: refused.length,
        suppressedResults: suppressedSet.size,
        withPseudonym: files.filter((file) => file.collective.pseudonym !== undefined).length,
      },
      levels: plan.levels,
      generalised: outcomes(records, published, plan.levels),
      removed,
      isSatisfied: plan.isSatisfied,
      isSmallBatch: usable.length < k,
      refused,
      withoutPseudonym:
        input.studyKey === undefined
          ? []
          : usable
              .filter(({ result }) => collectiveIdOf(result) === null)
              .map(({ index }) => ({ index, code: 'no-collective-id' as const })),
    },
  };
}
