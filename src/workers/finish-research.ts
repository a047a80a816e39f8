import { aggregateResearch, runFsqca, type ResearchRefusal } from '../domain/research';
import { selectCaseRows, defaultCaseChoice } from '../domain/research/cases';
import { consecutiveChanges } from '../domain/research/changes';
import { findDuplicateRows } from '../domain/research/duplicates';
import { matchOutcome } from '../domain/research/outcome-match';
import { selectTableRows } from '../domain/research/select-rows';
import { buildResearchExports } from '../exports/research';
import type { ResearchPart } from './research-collect';
import { refusedListed, type ResearchJobInput, type ResearchJobResult } from './research-job';

/**
 * Aggregates a collected batch: each result once (a duplicate is listed, not counted), one case per
 * pseudonym as the input chooses, the change over time from every scan, fsQCA when an outcome is given
 * and matches a case, and the asked exports, all from the same cases.
 */
export function finishResearch(
  {
    table: read,
    read: readCount,
    refused,
    refusedCount,
  }: Pick<ResearchPart, 'table' | 'read' | 'refused' | 'refusedCount'>,
  input: Omit<ResearchJobInput, 'files'>,
): ResearchJobResult {
  const { keep, duplicates } = findDuplicateRows(read);
  const loaded = duplicates.length > 0 ? selectTableRows(read, keep) : read;
  const duplicateRefusals: ResearchRefusal[] = duplicates.map(({ row, of, by }) => ({
    source: read.sources[row] ?? '',
    code: 'duplicate',
    params: { of: read.sources[of] ?? '', by },
  }));
  const { rows, selection } = selectCaseRows(loaded, input.cases ?? defaultCaseChoice);
  const table = {
    ...(rows.length === loaded.n ? loaded : selectTableRows(loaded, rows)),
    caseChoice: selection.choice,
  };
  const { outcome } = input;
  const outcomeCheck =
    outcome?.kind === 'values'
      ? matchOutcome({
          cases: table,
          loaded,
          byPseudonym: outcome.byPseudonym,
          problems: outcome.problems ?? [],
        })
      : null;
  // an outcome file that matches no case gives no figures (never n = 0): the caller says why
  const fsqca =
    outcome && (outcomeCheck === null || outcomeCheck.matched > 0)
      ? runFsqca({ table, outcome, thresholds: input.thresholds, routes: input.routes })
      : null;
  const changes = consecutiveChanges(loaded);
  return {
    n: table.n,
    read: readCount,
    loadedCount: loaded.n,
    cases: selection,
    aggregate: { ...aggregateResearch(table, { changes }), cases: selection },
    fsqca: fsqca ? { ...fsqca.result, cases: selection } : null,
    outcomeCheck,
    refused: [...refused, ...duplicateRefusals].slice(0, refusedListed),
    refusedCount: refusedCount + duplicates.length,
    duplicates: duplicates.length,
    exports: buildResearchExports({
      kinds: input.exports ?? [],
      table,
      entries: input.questionnaires ?? [],
      fsqca,
      changes,
      cases: selection,
    }),
    table: input.keepTable ? table : null,
    loaded: input.keepTable ? loaded : null,
  };
}
