import { compareVersions } from './identity';
import { formatPath, showValue } from './issue-paths';
import type { QuestionnaireError } from './issue-paths';
import { bandSchema } from './schema';
import type { Item, Questionnaire } from './schema';

const scaleMin = 1;
const scaleMax = 5;

type Report = (path: string, message: string) => void;

/** Reports every id met a second time, naming where it was first used. */
function checkUnique(
  report: Report,
  entries: readonly { id: string; path: string }[],
  noun: string,
): void {
  const first = new Map<string, string>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, path);
    else report(path, `duplicate ${noun} "${id}" (first used at ${earlier})`);
  }
}

function checkIds(report: Report, q: Questionnaire): void {
  const idsOf = (list: readonly { id: string }[], name: string) =>
    list.map((entry, i) => ({ id: entry.id, path: `${name}[${i}].id` }));
  checkUnique(report, idsOf(q.sections, 'sections'), 'id');
  checkUnique(report, idsOf(q.conditions, 'conditions'), 'id');
  checkUnique(report, idsOf(q.items, 'items'), 'id');
  checkUnique(report, idsOf(q.paths, 'paths'), 'id');
  const conditionIds = new Set(q.conditions.map((c) => c.id));
  q.sections.forEach((section, i) => {
    // pageOrder names sections and conditions alike, so the two must not share an id
    if (conditionIds.has(section.id)) {
      report(`sections[${i}].id`, `"${section.id}" is also a condition id`);
    }
  });
  q.items.forEach((item, i) => {
    if (item.type !== 'single-choice' && item.type !== 'multi-choice') return;
    const values = item.options.map((option, j) => ({
      id: option.value,
      path: `items[${i}].options[${j}].value`,
    }));
    checkUnique(report, values, 'option');
  });
}

function checkItem(report: Report, q: Questionnaire, item: Item, i: number): void {
  const at = `items[${i}]`;
  const hasCondition = item.condition !== undefined;
  const hasSection = item.section !== undefined;
  if (hasCondition && hasSection) {
    report(at, 'has both a condition and a section; give exactly one');
  } else if (!hasCondition && !hasSection) {
    report(at, 'needs a condition (scored items) or a section (all other items)');
  }
  if (hasCondition && !q.conditions.some((c) => c.id === item.condition)) {
    report(`${at}.condition`, `unknown condition "${item.condition}"`);
  }
  if (hasSection && !q.sections.some((s) => s.id === item.section)) {
    report(`${at}.section`, `unknown section "${item.section}"`);
  }
  if (hasCondition && item.type !== 'likert5') {
    report(`${at}.type`, `an item with a condition must be "likert5", got "${item.type}"`);
  }
  if (item.type === 'likert5' && !hasCondition) {
    report(`${at}.condition`, 'required: a likert5 item is scored, so it belongs to a condition');
  }
  if (hasCondition && item.scope !== 'respondent') {
    report(
      `${at}.scope`,
      'an item with a condition is answered by every respondent: must be "respondent"',
    );
  }
  const isRangeReversed =
    item.type === 'number' &&
    item.min !== undefined &&
    item.max !== undefined &&
    item.max < item.min;
  if (isRangeReversed) report(`${at}.max`, `must be at least min (${item.min}), got ${item.max}`);
}

function checkPageOrder(report: Report, q: Questionnaire): void {
  const pages = new Set([...q.sections.map((s) => s.id), ...q.conditions.map((c) => c.id)]);
  const seen = new Set<string>();
  q.pageOrder.forEach((id, i) => {
    if (!pages.has(id)) {
      report(`pageOrder[${i}]`, `unknown page "${id}": list section and condition ids only`);
    } else if (seen.has(id)) {
      report(`pageOrder[${i}]`, `"${id}" is listed twice`);
    }
    seen.add(id);
  });
  for (const id of pages) if (!seen.has(id)) report('pageOrder', `missing "${id}"`);
}

function checkCalibration(report: Report, q: Questionnaire): void {
  q.conditions.forEach((condition, i) => {
    const at = `conditions[${i}].calibration`;
    const { exclusion, crossover, inclusion } = condition.calibration;
    for (const [name, value] of Object.entries(condition.calibration)) {
      if (value < scaleMin || value > scaleMax) {
        report(`${at}.${name}`, `must be between ${scaleMin} and ${scaleMax}, got ${value}`);
      }
    }
    if (!(exclusion < crossover)) {
      report(`${at}.crossover`, `must be greater than exclusion (${exclusion}), got ${crossover}`);
    }
    if (!(crossover < inclusion)) {
      report(`${at}.inclusion`, `must be greater than crossover (${crossover}), got ${inclusion}`);
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
    if (!conditionIds.has(id)) report(`${at}[${i}]`, `unknown condition "${id}"`);
    else if (seen.has(id)) report(`${at}[${i}]`, `"${id}" is listed twice`);
    seen.add(id);
  });
}

function checkConditionUse(report: Report, q: Questionnaire): void {
  const conditionIds = new Set(q.conditions.map((c) => c.id));
  q.conditions.forEach((condition, i) => {
    if (!q.items.some((item) => item.condition === condition.id)) {
      report(`conditions[${i}]`, `condition "${condition.id}" has no items`);
    }
  });
  q.paths.forEach((path, i) =>
    checkConditionList(report, conditionIds, path.conditions, `paths[${i}].conditions`),
  );
  checkConditionList(report, conditionIds, q.necessary, 'necessary');
  q.recommendations.forEach((recommendation, i) => {
    if (!conditionIds.has(recommendation.condition)) {
      report(`recommendations[${i}].condition`, `unknown condition "${recommendation.condition}"`);
    }
  });
  for (const condition of q.conditions) {
    for (const band of bandSchema.options) {
      const covered = q.recommendations.some(
        (r) => r.condition === condition.id && r.band === band,
      );
      if (!covered) {
        report('recommendations', `no "${band}" recommendation for condition "${condition.id}"`);
      }
    }
  }
}

function checkMigration(report: Report, q: Questionnaire): void {
  const migration = q.migratesFrom;
  if (!migration) return;
  if (compareVersions(migration.version, q.version) >= 0) {
    report(
      'migratesFrom.version',
      `must be lower than this version (${q.version}), got ${showValue(migration.version)}`,
    );
  }
  const itemIds = new Set(q.items.map((item) => item.id));
  const targetOf = new Map<string, string>();
  for (const [oldId, newId] of Object.entries(migration.items)) {
    if (newId === null) continue;
    const at = formatPath(['migratesFrom', 'items', oldId]);
    const earlier = targetOf.get(newId);
    if (!itemIds.has(newId)) report(at, `unknown item "${newId}"`);
    else if (earlier !== undefined) report(at, `"${newId}" is also the target of "${earlier}"`);
    targetOf.set(newId, earlier ?? oldId);
  }
}

/** Checks what the schema cannot express: ids, references, page order, calibration, recommendations. */
export function crossCheckQuestionnaire(questionnaire: Questionnaire): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  const report: Report = (path, message) => errors.push({ path, message });
  checkIds(report, questionnaire);
  questionnaire.items.forEach((item, i) => checkItem(report, questionnaire, item, i));
  checkConditionUse(report, questionnaire);
  checkPageOrder(report, questionnaire);
  checkCalibration(report, questionnaire);
  checkMigration(report, questionnaire);
  return errors;
}
