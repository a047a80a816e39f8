import type { FsqcaResult, MembershipTable } from '../../domain/research';
import { csvLine, snake } from './csv';

/** The calibrated membership table: case, pseudonym, one membership per condition (culture first), outcome. */
export function membershipCsv(table: MembershipTable, cases = ''): string {
  const names = ['case_id', 'pseudonym', ...table.conditionIds.map(snake), 'outcome', 'cases'];
  const parts = [csvLine(names)];
  for (let i = 0; i < table.caseIds.length; i += 1) {
    parts.push(
      csvLine([
        table.caseIds[i],
        table.pseudonyms[i],
        ...table.conditionIds.map((id) => table.memberships[id]?.[i] ?? null),
        table.outcome[i],
        cases,
      ]),
    );
  }
  return parts.join('');
}

/**
 * The truth table as CSV. The thresholds, the outcome, the choice of cases and how many results were
 * left out for an insufficient condition are columns of every row (not comment lines), so DuckDB,
 * pandas and R read the file unchanged and the settings travel with every figure.
 */
export function truthTableCsv(result: FsqcaResult): string {
  const outcome = result.outcome.kind === 'values' ? result.outcome.label : result.outcome.variable;
  const names = [
    ...result.conditionIds.map(snake),
    'n',
    'raw_consistency',
    'pri_consistency',
    'outcome',
    'frequency_cutoff',
    'consistency_cutoff',
    'outcome_variable',
    'cases',
    'left_out_insufficient',
  ];
  const parts = [csvLine(names)];
  for (const row of result.truthTable) {
    parts.push(
      csvLine([
        ...row.configuration,
        row.n,
        row.consistency,
        row.pri,
        row.outcome,
        result.thresholds.frequency,
        result.thresholds.consistency,
        outcome,
        result.cases?.choice ?? '',
        result.excluded.missingMembership,
      ]),
    );
  }
  return parts.join('');
}
