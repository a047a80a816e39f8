import { verifyResult } from '../files/verify-result';
import type { QuestionnaireRegistry } from '../questionnaire/registry';
import type { Applicant } from './applicant';
import type { ScreenReason } from './screen-status';
import { screenVerdict, verdictOf } from './screen-verdict';

/**
 * Reasons only a PDF's printed text or the batch can give: a saved screening has neither the PDF nor
 * the batch, so they are kept.
 */
function isKeptReason(reason: ScreenReason): boolean {
  return (
    reason.code === 'same-result-as' ||
    reason.code === 'printed-name-differs' ||
    reason.code === 'printed-digest-differs' ||
    reason.code === 'printed-questionnaire-missing' ||
    (reason.code === 'score-differs' && reason.source === 'printed')
  );
}

/**
 * An applicant from a saved screening, checked again instead of trusted: the digest, the re-scored
 * answers and the questionnaire give its status; the printed-text reasons it was saved with stay.
 */
export async function reverifyApplicant({
  applicant,
  registry,
}: {
  applicant: Applicant;
  registry: Pick<QuestionnaireRegistry, 'resolve'>;
}): Promise<Applicant> {
  const checked = screenVerdict({
    findings: await verifyResult({ file: applicant.result, registry }),
  });
  // the key the screening keeps must be the result's own digest
  const keyDiffers =
    applicant.digest !== applicant.result.digest &&
    !checked.reasons.some((reason) => reason.code === 'digest-mismatch');
  const { status, reasons } = verdictOf([
    ...(keyDiffers ? [{ code: 'digest-mismatch' } as const] : []),
    ...checked.reasons,
    ...applicant.reasons.filter(isKeptReason),
  ]);
  return { ...applicant, status, reasons };
}
