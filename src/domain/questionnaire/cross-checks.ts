import { compareVersions } from './identity';
import { formatPath, showValue } from './issue-paths';
import type { QuestionnaireError, QuestionnaireErrorCode } from './questionnaire-error';
import { bandSchema } from './schema';
import type { Item, Questionnaire } from './schema';

const scaleMin = 1;
const scaleMax = 5;

type Report = (
  path: string,
  code: QuestionnaireErrorCode,
  values?: Record<string, string | number>,
) => void;

/** Reports every id met a second time, naming where it was first used. */
function checkUnique(
  report: Report,
  entries: readonly { id: string; path: string }[],
  code: 'duplicate-id' | 'duplicate-option',
): void {
  const first = new Map<string, string>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else report(path, code, { id, earlier });
  }
}

function checkIds(report: Report, q: Questionnaire): void {
  const idsOf = (list: readonly { id: string }[], name: string) =>
    list.map((entry, i) => ({ id: entry.id, path: `${name}[${i}].id` }));
  checkUnique(report, idsOf(q.sections, 'sections'), 'duplicate-id');
  checkUnique(report, idsOf(q.conditions, 'conditions'), 'duplicate-id');
  checkUnique(report, idsOf(q.items, 'items'), 'duplicate-id');
  checkUnique(report, idsOf(q.paths, 'paths'), 'duplicate-id');
  const conditionIds = new Set(q.conditions.map((c) => c.id));
  q.sections.forEach((section, i) => {
    // pageOrder names sections and conditions alike, so the two must not share an id
    if (conditionIds.has(section.id)) {
      report(`sections[${i}].id`, 'also-condition-id', { id: section.id });
    }
  });
  q.items.forEach((item, i) => {
    if (item.type !== 'single-choice' && item.type !== 'multi-choice') return;
    const values = item.options.map((option, j) => ({
      id: option.value,
      path: `items[${i}].options[${j}].value`,
    }));
    checkUnique(report, values, 'duplicate-option');
  });
}

function checkItem(report: Report, q: Questionnaire, item: Item, i: number): void {
  const at = `items[${i}]`;
  const hasCondition = item.condition !== undefined;
  const hasSection = item.section !== undefined;
  if (hasCondition && hasSection) {
    report(at, 'condition-and-section');
  } else if (!hasCondition && !hasSection) {
    report(at, 'needs-condition-or-section');
  }
  if (hasCondition && !q.conditions.some((c) => c.id === item.condition)) {
    report(`${at}.condition`, 'unknown-condition', { id: item.condition ?? '' });
  }
  if (hasSection && !q.sections.some((s) => s.id === item.section)) {
    report(`${at}.section`, 'unknown-section', { id: item.section ?? '' });
  }
  if (hasCondition && item.type !== 'likert5') {
    report(`${at}.type`, 'condition-needs-likert', { type: item.type });
  }
  if (item.type === 'likert5' && !hasCondition) {
    report(`${at}.condition`, 'likert-needs-condition');
  }
  if (hasCondition && item.scope !== 'respondent') {
    report(`${at}.scope`, 'scored-needs-respondent');
  }
  if (item.type !== 'number' || item.min === undefined || item.max === undefined) return;
  if (item.max < item.min) report(`${at}.max`, 'max-below-min', { min: item.min, got: item.max });
}

function checkPageOrder(report: Report, q: Questionnaire): void {
  const pages = new Set([...q.sections.map((s) => s.id), ...q.conditions.map((c) => c.id)]);
  const seen = new Set<string>();
  q.pageOrder.forEach((id, i) => {
    if (!pages.has(id)) {
      report(`pageOrder[${i}]`, 'unknown-page', { id });
    } else if (seen.has(id)) {
      report(`pageOrder[${i}]`, 'listed-twice', { id });
    }
    seen.add(id);
  });
  for (const id of pages) if (!seen.has(id)) report('pageOrder', 'page-missing', { id });
}

function checkCalibration(report: Report, q: Questionnaire): void {
  q.conditions.forEach((condition, i) => {
    const at = `conditions[${i}].calibration`;
    const { exclusion, crossover, inclusion } = condition.calibration;
    for (const [name, value] of Object.entries(condition.calibration)) {
      if (value < scaleMin || value > scaleMax) {
        report(`${at}.${name}`, 'anchor-off-scale', { min: scaleMin, max: scaleMax, got: value });
      }
    }
    if (!(exclusion < crossover)) {
      report(`${at}.crossover`, 'crossover-not-above', { exclusion, got: crossover });
    }
    if (!(crossover < inclusion)) {
      report(`${at}.inclusion`, 'inclusion-not-above', { crossover, got: inclusion });
    }
  });
}

/** Each entry must name a condition, once. */
function checkConditionList(
  report: Report,
  conditionIds: ReadonlySet<string>,
  list: readonly string[],
  at: string,
): void {
  const seen = new Set<string>();
  list.forEach((id, i) => {
    if (!conditionIds.has(id)) report(`${at}[${i}]`, 'unknown-condition', { id });
    else if (seen.has(id)) report(`${at}[${i}]`, 'listed-twice', { id });
    seen.add(id);
  });
}

function checkConditionUse(report: Report, q: Questionnaire): void {
  const conditionIds = new Set(q.conditions.map((c) => c.id));
  q.conditions.forEach((condition, i) => {
    if (!q.items.some((item) => item.condition === condition.id)) {
      report(`conditions[${i}]`, 'condition-without-items', { id: condition.id });
    }
  });
  q.paths.forEach((path, i) =>
    checkConditionList(report, conditionIds, path.conditions, `paths[${i}].conditions`),
  );
  checkConditionList(report, conditionIds, q.necessary, 'necessary');
  q.recommendations.forEach((recommendation, i) => {
    if (!conditionIds.has(recommendation.condition)) {
      report(`recommendations[${i}].condition`, 'unknown-condition', {
        id: recommendation.condition,
      });
    }
  });
  for (const condition of q.conditions) {
    for (const band of bandSchema.options) {
      const covered = q.recommendations.some(
        (r) => r.condition === condition.id && r.band === band,
      );
      if (!covered) {
        report('recommendations', 'recommendation-missing', { band, id: condition.id });
      }
    }
  }
}

function checkMigration(report: Report, q: Questionnaire): void {
  const migration = q.migratesFrom;
  if (!migration) return;
  if (compareVersions(migration.version, q.version) >= 0) {
    report('migratesFrom.version', 'migration-not-lower', {
      version: q.version,
      got: showValue(migration.version),
    });
  }
  const itemIds = new Set(q.items.map((item) => item.id));
  const targetOf = new Map<string, string>();
  for (const [oldId, newId] of Object.entries(migration.items)) {
    if (newId === null) continue;
    const at = formatPath(['migratesFrom', 'items', oldId]);
    const earlier = targetOf.get(newId);
    if (!itemIds.has(newId)) report(at, 'unknown-item', { id: newId });
    else if (earlier !== undefined) report(at, 'also-target', { id: newId, earlier });
    targetOf.set(newId, earlier ?? oldId);
  }
}

/** Checks what the schema cannot express: ids, references, page order, calibration, recommendations. */
export function crossCheckQuestionnaire(questionnaire: Questionnaire): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  const report: Report = (path, code, values = {}) => errors.push({ path, code, values });
  checkIds(report, questionnaire);
  questionnaire.items.forEach((item, i) => checkItem(report, questionnaire, item, i));
  checkConditionUse(report, questionnaire);
  checkPageOrder(report, questionnaire);
  checkCalibration(report, questionnaire);
  checkMigration(report, questionnaire);
  return errors;
}
