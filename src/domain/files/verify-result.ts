import type { QuestionnaireRegistry } from '../questionnaire/registry';
import { scoreScan } from '../scoring/score-scan';
import { checkAnswers } from './check-answers';
import { compareScores } from './compare-scores';
import type { Finding } from './findings';
import type { ResultFile } from './result-file-schema';
import { resultDigest } from './result-file';

/**
 * Re-checks a result file: its digest, its questionnaire, its answers, and its scores against a fresh
 * re-score. An empty list means the file is intact.
 */
export async function verifyResult({
  file,
  registry,
}: {
  file: ResultFile;
  registry: Pick<QuestionnaireRegistry, 'resolve'>;
}): Promise<Finding[]> {
  const findings: Finding[] = [];
  const recomputed = await resultDigest(file);
  if (recomputed !== file.digest) {
    findings.push({
      code: 'digest-mismatch',
      stored: file.digest,
      recomputed,
    });
  }
  const resolved = registry.resolve(file.questionnaire);
  if (!resolved.ok) {
    // without the definition neither the answers nor the scores can be checked
    findings.push({
      code: 'unknown-questionnaire',
      reason: resolved.reason,
      questionnaire: file.questionnaire,
      ...(resolved.reason === 'unknown-version' ? { known: resolved.known } : {}),
    });
    return findings;
  }
  const { questionnaire } = resolved.entry;
  findings.push(...checkAnswers({ questionnaire, responses: file.responses }));
  const rescored = scoreScan({ questionnaire, responses: file.responses });
  findings.push(...compareScores({ stored: file.scores, recomputed: rescored }));
  return findings;
}
