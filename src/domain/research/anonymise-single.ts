import type { AnonymisedResultFile, GeneralisationLevels } from '../files/anonymised-result-file';
import { collectiveIdOf, type ResultFile } from '../files/result-file-schema';
import type { Questionnaire } from '../questionnaire/schema';
import type { RandomSource } from '../random';
import { resultPseudonym, type AnonymisationReport } from './anonymise';
import { buildAnonymisedFile, publishedQuasi, quasiRecordOf } from './anonymised-file';
import type { StudyKey } from './pseudonym';
import {
  quasiIdentifierIds,
  topLevel,
  type QuasiIdentifierId,
  type QuasiValue,
} from './quasi-identifiers';
import {
  countRemovedFields,
  emptyRemovedCounts,
  keepAnswers,
  keptItemIds,
  type RemovedCounts,
} from './strip-result';

/**
 * The level a person chooses to publish each quasi-identifier at. One result on its own cannot be
 * k-anonymous, so by default every quasi-identifier is suppressed; the consent step may offer to keep
 * one exactly (level 0) or generalised (level 1), and says that this can make the result recognisable.
 */
export type SingleKeepLevels = Partial<Record<QuasiIdentifierId, number>>;

/** One quasi-identifier in the consent step: what the result says, and what the file will say. */
export type QuasiPreview = {
  id: QuasiIdentifierId;
  given: QuasiValue;
  published: QuasiValue;
  level: number;
  /** the levels a person may choose, from 0 (as given) to the top (suppressed) */
  levels: { level: number; value: QuasiValue }[];
};

/** What the consent step shows: what is removed (with counts) and what is kept. */
export type SingleAnonymisationPreview = {
  removed: RemovedCounts;
  quasiIdentifiers: QuasiPreview[];
  kept: {
    respondents: number;
    scoredAnswers: true;
    traitAnswers: true;
    scores: true;
    scanYear: true;
  };
  /** true when a study key is given and the file will carry a pseudonym */
  hasPseudonym: boolean;
};

function levelsFor(keep: SingleKeepLevels): GeneralisationLevels {
  const entries = quasiIdentifierIds.map((id) => {
    const wanted = keep[id];
    const level = wanted === undefined ? topLevel(id) : Math.min(Math.max(0, wanted), topLevel(id));
    return [id, Math.trunc(level)] as const;
  });
  return Object.fromEntries(entries) as GeneralisationLevels;
}

/** The consent step's view of a single-result anonymisation, before anything is made. */
export function previewSingleAnonymisation({
  result,
  questionnaire,
  keep = {},
  hasStudyKey = false,
}: {
  result: ResultFile;
  questionnaire: Questionnaire;
  keep?: SingleKeepLevels;
  hasStudyKey?: boolean;
}): SingleAnonymisationPreview {
  const removed = emptyRemovedCounts();
  countRemovedFields(result, removed);
  const kept = keptItemIds(questionnaire);
  for (const response of result.responses)
    keepAnswers({ answers: response.answers, kept, removed });
  const record = quasiRecordOf(result);
  const levels = levelsFor(keep);
  const published = publishedQuasi(record, levels);
  const quasiIdentifiers = quasiIdentifierIds.map((id) => ({
    id,
    given: record[id],
    published: published[id],
    level: levels[id],
    levels: Array.from({ length: topLevel(id) + 1 }, (_, level) => ({
      level,
      value: publishedQuasi(record, { ...levels, [id]: level })[id],
    })),
  }));
  return {
    removed,
    quasiIdentifiers,
    kept: {
      respondents: result.responses.length,
      scoredAnswers: true,
      traitAnswers: true,
      scores: true,
      scanYear: true,
    },
    hasPseudonym: hasStudyKey && collectiveIdOf(result) !== null,
  };
}

/**
 * Anonymises one result from the results screen: as in a batch, but every quasi-identifier is
 * suppressed unless `keep` says otherwise; the file states k = 1 (it is not k-anonymous by itself).
 */
export async function anonymiseSingleResult(input: {
  result: ResultFile;
  questionnaire: Questionnaire;
  keep?: SingleKeepLevels;
  studyKey?: StudyKey;
  random: RandomSource;
}): Promise<{ file: AnonymisedResultFile; report: AnonymisationReport }> {
  const { result } = input;
  const levels = levelsFor(input.keep ?? {});
  const record = quasiRecordOf(result);
  const removed = emptyRemovedCounts();
  countRemovedFields(result, removed);
  const pseudonym = await resultPseudonym(result, input.studyKey);
  const file = await buildAnonymisedFile({
    result,
    questionnaire: input.questionnaire,
    levels,
    record,
    pseudonym,
    anonymisation: { k: 1, mode: 'single', levels },
    random: input.random,
    removed,
  });
  const published = publishedQuasi(record, levels);
  const generalised = Object.fromEntries(
    quasiIdentifierIds.map((qi) => {
      const level = levels[qi];
      const state = level === 0 ? 'asGiven' : level >= topLevel(qi) ? 'suppressed' : 'generalised';
      const changed = record[qi] !== null && record[qi] !== published[qi] ? 1 : 0;
      return [qi, { level, state, changed }];
    }),
  ) as AnonymisationReport['generalised'];
  const isEverythingSuppressed = quasiIdentifierIds.every((qi) => levels[qi] >= topLevel(qi));
  return {
    file,
    report: {
      mode: 'single',
      k: 1,
      counts: {
        input: 1,
        anonymised: 1,
        refused: 0,
        suppressedResults: isEverythingSuppressed ? 1 : 0,
        withPseudonym: pseudonym === null ? 0 : 1,
      },
      levels,
      generalised,
      removed,
      isSatisfied: isEverythingSuppressed,
      isSmallBatch: true,
      refused: [],
      withoutPseudonym:
        input.studyKey !== undefined && pseudonym === null
          ? [{ index: 0, code: 'no-collective-id' }]
          : [],
    },
  };
}
