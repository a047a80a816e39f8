import type { ResultFile } from '../files/result-file-schema';
import type { Answers, Questionnaire } from '../questionnaire/schema';
import { traitItemIds } from '../scoring/traits';

/** What anonymisation removes from a result, each counted in the report. */
export const removedFieldCodes = [
  'name',
  'municipality',
  'foundingYear',
  'scanLabel',
  'exactDates',
  'scanId',
  'respondentIds',
  'roles',
  'comments',
  'profileAnswers',
  'textAnswers',
  'otherBands',
] as const;
export type RemovedFieldCode = (typeof removedFieldCodes)[number];
export type RemovedCounts = Record<RemovedFieldCode, number>;

export const emptyRemovedCounts = (): RemovedCounts =>
  Object.fromEntries(removedFieldCodes.map((code) => [code, 0])) as RemovedCounts;

/** The item ids whose answers an anonymised result keeps: likert items of a condition, and trait items. */
export function keptItemIds(questionnaire: Questionnaire): {
  likert: Set<string>;
  traits: Set<string>;
  text: Set<string>;
  known: Set<string>;
} {
  const likert = questionnaire.items
    .filter((item) => item.type === 'likert5' && item.condition !== undefined)
    .map((item) => item.id);
  const text = questionnaire.items.filter((item) => item.type === 'text').map((item) => item.id);
  return {
    likert: new Set(likert),
    traits: new Set(traitItemIds(questionnaire)),
    text: new Set(text),
    known: new Set(questionnaire.items.map((item) => item.id)),
  };
}

const isLikert = (value: unknown) =>
  value === null ||
  (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
const isTrait = (value: unknown) =>
  value === null || value === 'yes' || value === 'partly' || value === 'no';

/** Keeps only scored and trait answers of one respondent; counts what was dropped into `removed`. */
export function keepAnswers({
  answers,
  kept,
  removed,
}: {
  answers: Answers;
  kept: ReturnType<typeof keptItemIds>;
  removed: RemovedCounts;
}): Answers {
  const out: Answers = {};
  for (const [itemId, value] of Object.entries(answers)) {
    if (kept.likert.has(itemId) && isLikert(value)) out[itemId] = value;
    else if (kept.traits.has(itemId) && isTrait(value)) out[itemId] = value;
    else if (itemId === 'role') removed.roles += 1;
    // an item the questionnaire does not know may hold free text as well
    else if (kept.text.has(itemId) || !kept.known.has(itemId)) removed.textAnswers += 1;
    else removed.profileAnswers += 1;
  }
  return out;
}

/** Counts the identifying fields of a result's collective and scan that anonymisation drops. */
export function countRemovedFields(result: ResultFile, removed: RemovedCounts): void {
  const { collective, scan } = result;
  if (collective.name !== null) removed.name += 1;
  if (collective.municipality !== null) removed.municipality += 1;
  if (collective.foundingYear !== null) removed.foundingYear += 1;
  for (const band of [collective.volunteerBand, collective.staffBand, collective.ownIncomeShare]) {
    if (band !== undefined && band !== null) removed.otherBands += 1;
  }
  if (scan.label !== null) removed.scanLabel += 1;
  removed.exactDates += scan.closedAt === null ? 1 : 2;
  removed.scanId += 1;
  for (const response of result.responses) {
    removed.respondentIds += 1;
    if (response.role !== undefined) removed.roles += 1;
    if (response.comments !== undefined) removed.comments += 1;
  }
}

/** The year a scan closed, or started when still open; exact dates are not kept. */
export function scanYear(result: ResultFile): number | null {
  const date = result.scan.closedAt ?? result.scan.startedAt;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return Number.isFinite(year) ? year : null;
}

/** A fresh random id (16 hex digits) from the passed-in random source. */
export function freshId(random: () => number, prefix: string): string {
  let hex = '';
  for (let i = 0; i < 4; i += 1) {
    hex += Math.floor(random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  }
  return `${prefix}-${hex}`;
}
