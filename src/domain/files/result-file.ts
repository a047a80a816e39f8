import { hashCanonical } from '../hash';
import { questionnaireKey } from '../questionnaire/identity';
import type { Questionnaire, QuestionnaireRef } from '../questionnaire/schema';
import { scoreScan } from '../scoring/score-scan';
import { formatVersion } from './common';
import type {
  Generator,
  ResultCollective,
  ResultFile,
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

/** Builds a result file: scores the responses and sets the digest; `format` and `formatVersion` come first. */
export async function buildResultFile(input: {
  questionnaire: Questionnaire;
  ref: QuestionnaireRef;
  collective: ResultCollective;
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
  const body = {
    format: 'ck-result',
    formatVersion,
    questionnaire: ref,
    collective: input.collective,
    scan: input.scan,
    responses: input.responses,
    scores: scoreScan({ questionnaire, responses: input.responses }),
    generator: input.generator,
  } satisfies Omit<ResultFile, 'digest'>;
  return { ...body, digest: await resultDigest(body) };
}
