import type { Finding } from '../files/findings';
import type { PrintedFinding } from './printed-findings';
import type { ScreenReason, ScreenStatus } from './screen-status';

function fromFinding(finding: Finding): ScreenReason {
  switch (finding.code) {
    case 'digest-mismatch':
      return { code: 'digest-mismatch' };
    case 'unknown-questionnaire':
      return {
        code: 'unknown-questionnaire',
        reason: finding.reason,
        questionnaire: finding.questionnaire,
      };
    case 'answer-off-scale':
      return {
        code: 'answer-off-scale',
        respondentId: finding.respondentId,
        item: finding.item,
        value: finding.value,
      };
    case 'unknown-item':
      return { code: 'unknown-item', respondentId: finding.respondentId, item: finding.item };
    case 'score-differs':
      return {
        code: 'score-differs',
        source: 'stored',
        scope: finding.scope,
        id: finding.id,
        field: finding.field,
        stated: finding.stored,
        recomputed: finding.recomputed,
      };
  }
}

/** A printed-text finding as a reason: one outcome for the funder's screening and `selfscan verify`. */
export function printedReason(finding: PrintedFinding): ScreenReason {
  switch (finding.code) {
    case 'printed-score-differs':
      return {
        code: 'score-differs',
        source: 'printed',
        scope: 'condition',
        id: finding.condition,
        field: 'score',
        stated: finding.printed,
        recomputed: finding.attached,
      };
    case 'printed-name-missing':
      return { code: 'printed-name-differs', attached: finding.attached };
    case 'printed-digest-differs':
      return { code: 'printed-digest-differs', page: finding.page, printed: finding.printed };
    case 'printed-questionnaire-missing':
      return {
        code: 'printed-questionnaire-missing',
        page: finding.page,
        questionnaire: finding.questionnaire,
      };
  }
}

/**
 * The status of a readable result from its verification findings and (for a PDF) its printed-text
 * findings: any sign of change wins over an unknown questionnaire; no finding at all is intact.
 */
export function screenVerdict({
  findings,
  printed = [],
}: {
  findings: readonly Finding[];
  printed?: readonly PrintedFinding[];
}): { status: ScreenStatus; reasons: ScreenReason[] } {
  return verdictOf([...findings.map(fromFinding), ...printed.map(printedReason)]);
}

/** The status that a readable result's reasons give: any sign of change wins; none is intact. */
export function verdictOf(reasons: ScreenReason[]): {
  status: Extract<ScreenStatus, 'intact' | 'changed' | 'unknown-questionnaire'>;
  reasons: ScreenReason[];
} {
  const isChanged = reasons.some((reason) => reason.code !== 'unknown-questionnaire');
  if (isChanged) return { status: 'changed', reasons };
  return { status: reasons.length > 0 ? 'unknown-questionnaire' : 'intact', reasons };
}
