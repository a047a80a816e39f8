import { hashCanonical } from '../hash';
import { questionnaireKey } from '../questionnaire/identity';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';
import { scoreScan } from '../scoring/score-scan';
import type {
  Generator,
  ResultCollective,
  ResultCollectiveV2,
  ResultFile,
  ResultFileV1,
  ResultFileV2,
  ResultResponse,
  ResultScan,
} from './result-file-schema';

/** SHA-256 over the canonical form of everything in a result except its digest. */
export async function resultDigest(
  file: Omit<ResultFile, 'digest'> & { digest?: string },
): Promise<string> {
  const { digest: _digest, ...rest } = file;
  return hashCanonical(rest);
}

/**
 * Builds a result file: scores the responses and sets the digest; `format` and `formatVersion` come
 * first. With the collective's id it is version 2 (what the app writes); without, version 1, as files
 * were made before collectives had ids (kept for fixtures and tests of old files).
 */
export async function buildResultFile(input: {
  questionnaire: Questionnaire;
  ref: QuestionnaireRef;
  collective: ResultCollective | ResultCollectiveV2;
  scan: ResultScan;
  responses: ResultResponse[];
  generator: Generator;
}): Promise<ResultFile> {
  const { questionnaire, ref } = input;
  if (questionnaire.id !== ref.id || questionnaire.version !== ref.version) {
    throw new Error(
      `The reference ${questionnaireKey(ref)} does not name questionnaire ${questionnaireKey(questionnaire)}.`,
    );
  }
  const rest = {
    scan: input.scan,
    responses: input.responses,
    scores: scoreScan({ questionnaire, responses: input.responses }),
    generator: input.generator,
  };
  const { collective } = input;
  if ('id' in collective) {
    // the id goes first in the collective, where a reader of the file looks for it
    const { id, ...profile } = collective;
    const body = {
      format: 'ck-result',
      formatVersion: 2,
      questionnaire: ref,
      collective: { id, ...profile },
      ...rest,
    } satisfies Omit<ResultFileV2, 'digest'>;
    return { ...body, digest: await resultDigest(body) };
  }
  const body = {
    format: 'ck-result',
    formatVersion: 1,
    questionnaire: ref,
    collective,
    ...rest,
  } satisfies Omit<ResultFileV1, 'digest'>;
  return { ...body, digest: await resultDigest(body) };
}
