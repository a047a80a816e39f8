// Small questionnaires built in code, so scoring tests do not depend on published files.
import type { Item, Questionnaire } from '../../src/domain/questionnaire/schema';

const text = (value: string) => ({ nl: value, en: value });

export type TestCondition = {
  id: string;
  /** number of likert items; ids are `<condition>_1` … */
  items: number;
  /** 1-based positions of reverse items */
  reverse?: number[];
};

export type TestQuestionnaireOptions = {
  conditions?: TestCondition[];
  paths?: { id: string; conditions: string[] }[];
  necessary?: string[];
  minAnsweredShare?: number;
  calibration?: { exclusion: number; crossover: number; inclusion: number };
  traits?: string[];
};

const defaultConditions: TestCondition[] = [
  { id: 'leadership', items: 4, reverse: [3] },
  { id: 'community', items: 4 },
  { id: 'business', items: 4 },
  { id: 'culture', items: 4, reverse: [1] },
  { id: 'network', items: 4 },
];

/** Paths A and B and the necessary condition as in DESIGN.md. */
const defaultPaths = [
  { id: 'A', conditions: ['culture', 'leadership', 'network'] },
  { id: 'B', conditions: ['culture', 'community', 'business', 'network'] },
];

function likertItems(condition: TestCondition): Item[] {
  return Array.from({ length: condition.items }, (_, index) => ({
    id: `${condition.id}_${index + 1}`,
    condition: condition.id,
    type: 'likert5' as const,
    reverse: (condition.reverse ?? []).includes(index + 1),
    text: text(`${condition.id} ${index + 1}`),
    scope: 'respondent' as const,
    required: false,
  }));
}

function traitItems(ids: string[]): Item[] {
  return ids.map((id) => ({
    id,
    section: 'traits',
    type: 'single-choice' as const,
    options: ['yes', 'partly', 'no'].map((value) => ({ value, label: text(value) })),
    text: text(id),
    scope: 'respondent' as const,
    required: false,
  }));
}

/** A small valid questionnaire; every band of every condition has one recommendation. */
export function makeQuestionnaire(options: TestQuestionnaireOptions = {}): Questionnaire {
  const conditions = options.conditions ?? defaultConditions;
  const calibration = options.calibration ?? { exclusion: 2, crossover: 3.25, inclusion: 4.25 };
  const traits = options.traits ?? ['embedded', 'attuned'];
  return {
    format: 'ck-questionnaire',
    formatVersion: 1,
    id: 'test',
    version: '1.0.0',
    title: text('Test'),
    description: text('Test questionnaire'),
    scale: { labels: ['1', '2', '3', '4', '5'].map(text), dontKnow: text('?') },
    sections: [{ id: 'traits', kind: 'traits', title: text('Traits'), intro: text('Traits') }],
    conditions: conditions.map((condition) => ({
      id: condition.id,
      title: text(condition.id),
      explanation: text(condition.id),
      calibration,
    })),
    pageOrder: ['traits', ...conditions.map((condition) => condition.id)],
    items: [...conditions.flatMap(likertItems), ...traitItems(traits)],
    paths: (options.paths ?? defaultPaths).map((path) => ({ ...path, title: text(path.id) })),
    necessary: options.necessary ?? ['culture'],
    scoring: { minAnsweredShare: options.minAnsweredShare ?? 0.6 },
    recommendations: conditions.flatMap((condition) =>
      (['low', 'middle', 'high'] as const).map((band) => ({
        condition: condition.id,
        band,
        text: text(`${condition.id} ${band}`),
        partner: text('partner'),
      })),
    ),
  };
}

/**
 * Answers that give each listed condition the stated mean: whole-number answers spread over its items
 * (reverse items answered 6 − value). The mean times the item count must be a whole number.
 */
export function answersWithMeans(
  questionnaire: Questionnaire,
  means: Record<string, number | null>,
): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  for (const condition of questionnaire.conditions) {
    const mean = means[condition.id];
    if (mean === undefined) continue;
    const items = questionnaire.items.filter(
      (item) => item.type === 'likert5' && item.condition === condition.id,
    );
    const total = mean === null ? 0 : Math.round(mean * items.length);
    if (mean !== null && Math.abs(total - mean * items.length) > 1e-9) {
      throw new Error(`${condition.id}: ${mean} × ${items.length} items is not a whole number`);
    }
    const base = Math.floor(total / items.length);
    items.forEach((item, index) => {
      const value = base + (index < total - base * items.length ? 1 : 0);
      const reverse = item.type === 'likert5' && item.reverse;
      answers[item.id] = mean === null ? null : reverse ? 6 - value : value;
    });
  }
  return answers;
}
