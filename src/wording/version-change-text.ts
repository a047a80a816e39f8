// What changed between two questionnaire versions (src/domain/questionnaire/diff-versions), in words:
// the lines `selfscan questionnaire diff` prints, and the sentences beside the trend charts. The
// translate function is always passed: a default of English would pull every English text into the
// results route.
import type { VersionChange, VersionDiff } from '../domain/questionnaire/diff-versions';
import type { Translate } from './translate';

const subject = (change: VersionChange): string => {
  if (change.kind === 'scoring' || change.kind === 'texts') return change.part;
  const condition = change.condition ? ` (${change.condition})` : '';
  return change.kind === 'renamed'
    ? `${change.from} → ${change.item}${condition}`
    : `${change.item}${condition}`;
};

/** One change as a line of the diff: kind, item (or part) and the bump it calls for. */
export function versionChangeLine(change: VersionChange, t: Translate): string {
  const kind = t(`versionChange.kind.${change.kind}`);
  return `${kind.padEnd(18)} ${subject(change).padEnd(44)} ${t(`versionChange.bump.${change.bump}`)}`;
}

/** Whether the new version number fits the changes, in one sentence. */
export function versionVerdictText(diff: VersionDiff, t: Translate): string {
  const values = {
    from: diff.from,
    to: diff.to,
    required: t(`versionChange.bump.${diff.required}`),
    actual: t(`versionChange.bump.${diff.actual}`),
  };
  if (diff.actual === 'none') return t('versionChange.verdictNotHigher', values);
  if (diff.required === 'none') return t('versionChange.verdictNothing', values);
  const enough = ['patch', 'minor', 'major'];
  return enough.indexOf(diff.actual) >= enough.indexOf(diff.required)
    ? t('versionChange.verdictOk', values)
    : t('versionChange.verdictTooSmall', values);
}

/** Why older scans would leave the trends: the new version does not migrate from the old one. */
export const missingMigrationText = (diff: VersionDiff, t: Translate): string =>
  t('versionChange.noMigration', { from: diff.from, to: diff.to });

/**
 * One change as a reader of the trends needs it ("culture_7 did not exist in version 1.0.0"), or
 * null for a change of texts, which does not touch the lines; `conditionTitle` names a condition.
 */
export function trendChangeText(
  change: VersionChange,
  versions: { from: string; to: string },
  conditionTitle: (id: string) => string,
  t: Translate,
): string | null {
  if (change.kind === 'texts') return null;
  if (change.kind === 'scoring')
    return t('versionChange.trend.scoring', { ...versions, part: change.part });
  const values = {
    ...versions,
    item: change.item,
    condition: change.condition ? conditionTitle(change.condition) : '',
    from_item: change.kind === 'renamed' ? change.from : '',
  };
  return t(`versionChange.trend.${change.kind}`, values);
}
