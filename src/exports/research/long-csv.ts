import type { RegistryEntry } from '../../domain/questionnaire/registry';
import type { ResearchTable } from '../../domain/research';
import { csvLine } from './csv';
import { itemMetaById } from './item-meta';

export const longColumnNames = [
  'result_id',
  'pseudonym',
  'respondent_id',
  'item_id',
  'condition',
  'reverse',
  'answer',
  'scored',
] as const;

/** The long CSV's columns for a table: with `cases` when the table says how its cases were chosen. */
export function longColumnsOf(table: Pick<ResearchTable, 'caseChoice'>): string[] {
  return table.caseChoice ? [...longColumnNames, 'cases'] : [...longColumnNames];
}

const traitWords = ['', 'yes', 'partly', 'no'];

/**
 * The long CSV: one row per respondent × answered item. `answer` is as given (1–5, yes/partly/no,
 * empty for "don't know"); `scored` is the likert value after reversing (6 − answer), empty otherwise;
 * `cases` (latest, first or all) how the table's cases were chosen, as in every export.
 */
export function longCsv(table: ResearchTable, entries: readonly RegistryEntry[]): string {
  const meta = itemMetaById(entries);
  const items = table.itemIds.map((id) => meta.get(id));
  const cases = table.caseChoice ? [table.caseChoice] : [];
  const parts = [csvLine(longColumnsOf(table))];
  const width = table.itemIds.length;
  for (let r = 0; r < table.respondentIds.length; r += 1) {
    const row = table.respondentRow[r] as number;
    const resultId = table.resultIds[row];
    const pseudonym = table.pseudonym.values[table.pseudonym.codes[row] as number];
    for (let j = 0; j < width; j += 1) {
      const code = table.answers[r * width + j] as number;
      if (code === -1) continue;
      const item = items[j];
      const isTrait = item?.kind === 'trait';
      const answer = code === 0 ? null : isTrait ? traitWords[code] : code;
      const scored = isTrait || code === 0 ? null : item?.reverse ? 6 - code : code;
      parts.push(
        csvLine([
          resultId,
          pseudonym,
          table.respondentIds[r],
          table.itemIds[j],
          item?.condition ?? null,
          item === undefined ? null : item.reverse ? 1 : 0,
          answer,
          scored,
          ...cases,
        ]),
      );
    }
  }
  return parts.join('');
}
