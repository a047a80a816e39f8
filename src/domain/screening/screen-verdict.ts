import type { Finding } from '../files/findings';
import { compareVersions } from '../questionnaire/identity';
import type { PrintedFinding } from './printed-findings';
import type { ScreenReason, ScreenStatus } from './screen-status';

function fromFinding(finding: Finding): ScreenReason {
  switch (finding.code) {
    case 'digest-mismatch':
      return { code: 'digest-mismatch' };
    case 'unknown-questionnaire': {
      const newestKnown = [...(finding.known ?? [])].sort(compareVersions).at(-1);
      if (
        finding.reason === 'unknown-version' &&
        newestKnown !== undefined &&
        compareVersions(finding.questionnaire.version, newestKnown) > 0
      ) {
        return { code: 'newer-questionnaire', questionnaire: finding.questionnaire, newestKnown };
      }
      return {
        code: 'unknown-questionnaire',
        reason: finding.reason,
        questionnaire: finding.questionnaire,
      };
    }
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
      return { code: 'printed-digest-differs', pages: [finding.page], printed: finding.printed };
    case 'printed-questionnaire-missing':
      return {
        code: 'printed-questionnaire-missing',
        pages: [finding.page],
        questionnaire: finding.questionnaire,
      };
  }
}

/**
 * Page reasons that say the same of several pages (another digest, no questionnaire) as one reason
 * naming all those pages: a swapped attachment differs on every page, and ten equal lines hide the rest.
 */
export function mergePageReasons(reasons: readonly ScreenReason[]): ScreenReason[] {
  const merged: ScreenReason[] = [];
  for (const reason of reasons) {
    if (
      reason.code !== 'printed-digest-differs' &&
      reason.code !== 'printed-questionnaire-missing'
    ) {
      merged.push(reason);
      continue;
    }
    const same = merged.find(
      (kept) =>
        (kept.code === 'printed-digest-differs' &&
          reason.code === 'printed-digest-differs' &&
          kept.printed === reason.printed) ||
        (kept.code === 'printed-questionnaire-missing' &&
          reason.code === 'printed-questionnaire-missing' &&
          kept.questionnaire === reason.questionnaire),
    );
    if (same && 'pages' in same) same.pages = [...same.pages, ...reason.pages];
    else merged.push({ ...reason, pages: [...reason.pages] });
  }
  return merged;
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
  return verdictOf(mergePageReasons([...findings.map(fromFinding), ...printed.map(printedReason)]));
}

// Reasons that say nothing against the file itself.
const notChanged = new Set<ScreenReason['code']>([
  'unknown-questionnaire',
  'newer-questionnaire',
  'same-result-as',
]);

/** The status that a readable result's reasons give: any sign of change wins; none is intact. */
export function verdictOf(reasons: ScreenReason[]): {
  status: Extract<
    ScreenStatus,
    'intact' | 'changed' | 'unknown-questionnaire' | 'newer-questionnaire'
  >;
  reasons: ScreenReason[];
} {
  const has = (code: ScreenReason['code']) => reasons.some((reason) => reason.code === code);
  if (reasons.some((reason) => !notChanged.has(reason.code))) return { status: 'changed', reasons };
  if (has('newer-questionnaire')) return { status: 'newer-questionnaire', reasons };
  if (has('unknown-questionnaire')) return { status: 'unknown-questionnaire', reasons };
  return { status: 'intact', reasons };
}
