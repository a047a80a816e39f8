// What changed from one questionnaire version to the next, item by item, and which version bump
// that calls for. The rules (README, "Publishing a new questionnaire version"): a change that
// alters the scores of scans already made is a major; a new, renamed or dropped-unscored item is a
// minor (older scans keep their scores); wording is a patch.
import { canonicalJson } from '../hash';
import type { Item, Questionnaire } from './schema';

export const versionBumps = ['none', 'patch', 'minor', 'major'] as const;
export type VersionBump = (typeof versionBumps)[number];

export type VersionChange =
  | { kind: 'added'; item: string; condition?: string; bump: VersionBump }
  | { kind: 'removed'; item: string; condition?: string; bump: VersionBump }
  | { kind: 'renamed'; item: string; from: string; condition?: string; bump: VersionBump }
  | { kind: 'reworded'; item: string; condition?: string; bump: VersionBump }
  | { kind: 'item-scoring'; item: string; condition?: string; bump: VersionBump }
  | { kind: 'scoring'; part: string; bump: VersionBump }
  | { kind: 'texts'; part: string; bump: VersionBump };

export type VersionDiff = {
  from: string;
  to: string;
  changes: VersionChange[];
  /** the largest bump the changes call for */
  required: VersionBump;
  /** the bump from the old version number to the new one ('none' when not higher) */
  actual: VersionBump;
  /** whether the new version's `migratesFrom` names the old one: without it older scans leave the trends */
  hasMigration: boolean;
};

const rank = (bump: VersionBump) => versionBumps.indexOf(bump);
const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The bump from one semver to another: which of major, minor, patch went up first; 'none' if not higher. */
export function versionBumpBetween(from: string, to: string): VersionBump {
  const [a, b] = [from, to].map((v) => v.split('.').map(Number)) as [number[], number[]];
  for (const [i, bump] of (['major', 'minor', 'patch'] as const).entries()) {
    if (b[i]! > a[i]!) return bump;
    if (b[i]! < a[i]!) return 'none';
  }
  return 'none';
}

const wording = (item: Item) => ({
  text: item.text,
  help: item.help,
  options: 'options' in item ? item.options.map((o) => o.label) : undefined,
});
const scoring = (item: Item) => ({
  condition: item.condition,
  type: item.type,
  reverse: item.type === 'likert5' ? item.reverse : undefined,
  options: 'options' in item ? item.options.map((o) => o.value) : undefined,
});

function itemChanges(from: Questionnaire, to: Questionnaire, hasMigration: boolean) {
  const renames = hasMigration ? (to.migratesFrom?.items ?? {}) : {};
  const toItems = new Map(to.items.map((item) => [item.id, item]));
  const reached = new Set<string>();
  const changes: VersionChange[] = [];
  for (const old of from.items) {
    const newId = Object.hasOwn(renames, old.id) ? renames[old.id] : old.id;
    const next = newId ? toItems.get(newId) : undefined;
    const condition = old.condition;
    if (!next) {
      changes.push({
        kind: 'removed',
        item: old.id,
        condition,
        bump: condition ? 'major' : 'minor',
      });
      continue;
    }
    reached.add(next.id);
    if (next.id !== old.id) {
      changes.push({ kind: 'renamed', item: next.id, from: old.id, condition, bump: 'minor' });
    }
    if (!same(scoring(old), scoring(next))) {
      changes.push({ kind: 'item-scoring', item: next.id, condition, bump: 'major' });
    } else if (!same(wording(old), wording(next))) {
      changes.push({ kind: 'reworded', item: next.id, condition, bump: 'patch' });
    }
  }
  for (const item of to.items) {
    if (!reached.has(item.id)) {
      changes.push({ kind: 'added', item: item.id, condition: item.condition, bump: 'minor' });
    }
  }
  return changes;
}

function questionnaireChanges(from: Questionnaire, to: Questionnaire): VersionChange[] {
  const scoringParts = {
    conditions: (q: Questionnaire) =>
      q.conditions.map((c) => ({ id: c.id, calibration: c.calibration })),
    paths: (q: Questionnaire) => q.paths.map((p) => ({ id: p.id, conditions: p.conditions })),
    necessary: (q: Questionnaire) => q.necessary,
    scoring: (q: Questionnaire) => q.scoring,
    scale: (q: Questionnaire) => q.scale,
  };
  const textParts = {
    title: (q: Questionnaire) => [q.title, q.description],
    conditions: (q: Questionnaire) => q.conditions.map((c) => ({ ...c, calibration: undefined })),
    sections: (q: Questionnaire) => q.sections,
    pageOrder: (q: Questionnaire) => q.pageOrder,
    paths: (q: Questionnaire) => q.paths.map((p) => p.title),
    recommendations: (q: Questionnaire) => q.recommendations,
  };
  const changes: VersionChange[] = [];
  for (const [part, pick] of Object.entries(scoringParts)) {
    if (!same(pick(from), pick(to))) changes.push({ kind: 'scoring', part, bump: 'major' });
  }
  for (const [part, pick] of Object.entries(textParts)) {
    if (!same(pick(from), pick(to))) changes.push({ kind: 'texts', part, bump: 'patch' });
  }
  return changes;
}

/** Lists what changed from `from` to `to` (items matched through `to.migratesFrom`) and the bump it calls for. */
export function diffQuestionnaireVersions({
  from,
  to,
}: {
  from: Questionnaire;
  to: Questionnaire;
}): VersionDiff {
  const hasMigration = to.migratesFrom?.version === from.version;
  const changes = [...itemChanges(from, to, hasMigration), ...questionnaireChanges(from, to)];
  const required = changes.reduce<VersionBump>(
    (largest, change) => (rank(change.bump) > rank(largest) ? change.bump : largest),
    'none',
  );
  return {
    from: from.version,
    to: to.version,
    changes,
    required,
    actual: versionBumpBetween(from.version, to.version),
    hasMigration,
  };
}

/** Whether the new version number is high enough for the changes (and higher at all). */
export const isBumpEnough = (diff: VersionDiff): boolean =>
  diff.actual !== 'none' && rank(diff.actual) >= rank(diff.required);
