import type { AnonymisedResultFile } from '../files/anonymised-result-file';
import { compareScores } from '../files/compare-scores';
import type { QuestionnaireRegistry } from '../questionnaire/registry';
import { scoreScan } from '../scoring/score-scan';

/** What a research file's scores are checked against: the questionnaire versions the reader knows. */
export type ResearchRegistry = Pick<QuestionnaireRegistry, 'resolve'>;

/**
 * The first step of re-checking a loaded result, the part that needs no hashing: re-scored from its
 * answers with its questionnaire version, its stored scores must match as `verify` holds them (the
 * differing fields are named, `condition.field`); if they do, the body its digest must be the SHA-256
 * of the canonical form of (the caller writes it and hashes many at once: WebCrypto is asynchronous).
 */
export function recheckScores({
  file,
  registry,
}: {
  file: AnonymisedResultFile;
  registry: ResearchRegistry;
}):
  | { ok: true; body: Omit<AnonymisedResultFile, 'digest'> }
  | { ok: false; code: 'unknown-questionnaire' }
  | { ok: false; code: 'scores-differ'; fields: string[] } {
  const resolved = registry.resolve(file.questionnaire);
  if (!resolved.ok) return { ok: false, code: 'unknown-questionnaire' };
  const recomputed = scoreScan({
    questionnaire: resolved.entry.questionnaire,
    responses: file.responses,
  });
  const findings = compareScores({ stored: file.scores, recomputed });
  if (findings.length > 0) {
    const fields = findings.map((finding) =>
      finding.code === 'score-differs' && finding.id !== null
        ? `${finding.id}.${finding.field}`
        : finding.code === 'score-differs'
          ? finding.field
          : finding.code,
    );
    return { ok: false, code: 'scores-differ', fields: [...new Set(fields)] };
  }
  const { digest: _digest, ...body } = file;
  return { ok: true, body };
}
