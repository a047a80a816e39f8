import { hashCanonical } from '../hash';
import type { AnonymisedResultFile, GeneralisationLevels } from '../files/anonymised-result-file';
import type { ResultFile } from '../files/result-file-schema';
import type { Questionnaire } from '../questionnaire/schema';
import type { RandomSource } from '../random';
import { scoreScan } from '../scoring/score-scan';
import type { quasiIdentifierIds } from './quasi-identifiers';
import { decadeOf, generaliseValue } from './quasi-identifiers';
import type { QuasiRecord } from './k-anonymity';
import { freshId, keepAnswers, keptItemIds, scanYear, type RemovedCounts } from './strip-result';

/** A result's quasi-identifiers at level 0: option values, and the founding year as a decade. */
export function quasiRecordOf(result: ResultFile): QuasiRecord {
  const { collective } = result;
  return {
    sector: collective.sector,
    legalForm: collective.legalForm,
    memberBand: collective.memberBand,
    province: collective.province,
    foundingDecade: decadeOf(collective.foundingYear),
  };
}

/** The quasi-identifiers as published at the given levels. */
export function publishedQuasi(record: QuasiRecord, levels: GeneralisationLevels) {
  const value = (id: (typeof quasiIdentifierIds)[number]) =>
    generaliseValue({ id, value: record[id], level: levels[id] });
  const decade = value('foundingDecade');
  return {
    sector: value('sector') as string | null,
    legalForm: value('legalForm') as string | null,
    memberBand: value('memberBand') as string | null,
    province: value('province') as string | null,
    foundingDecade: decade,
  };
}

/** One anonymised result: kept answers only, re-scored, fresh ids, the quasi-identifiers as given, a digest. */
export async function buildAnonymisedFile(input: {
  result: ResultFile;
  questionnaire: Questionnaire;
  levels: GeneralisationLevels;
  record: QuasiRecord;
  pseudonym: string | null;
  anonymisation: AnonymisedResultFile['anonymisation'];
  random: RandomSource;
  removed: RemovedCounts;
}): Promise<AnonymisedResultFile> {
  const { result, questionnaire, random, removed } = input;
  const kept = keptItemIds(questionnaire);
  const responses = result.responses.map((response) => ({
    respondentId: freshId(random, 'r'),
    answers: keepAnswers({ answers: response.answers, kept, removed }),
  }));
  const quasi = publishedQuasi(input.record, input.levels);
  const body = {
    format: 'ck-result-anonymised',
    formatVersion: 1,
    questionnaire: result.questionnaire,
    collective: {
      ...(input.pseudonym === null ? {} : { pseudonym: input.pseudonym }),
      ...quasi,
      foundingDecade: quasi.foundingDecade as AnonymisedResultFile['collective']['foundingDecade'],
    },
    scan: { id: freshId(random, 'scan'), year: scanYear(result) },
    responses,
    // re-scored from the kept answers, so that no extra field of the original scores travels along
    scores: scoreScan({ questionnaire, responses }),
    anonymisation: input.anonymisation,
    generator: result.generator,
  } satisfies Omit<AnonymisedResultFile, 'digest'>;
  return { ...body, digest: await hashCanonical(body) };
}
