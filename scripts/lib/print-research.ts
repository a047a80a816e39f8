// The research aggregate and fsQCA figures as plain-text tables, the same figures as the Onderzoek screen.
import { questionnaireKey } from '../../src/domain/questionnaire/identity';
import type { CaseSelection, FsqcaResult, ResearchAggregate } from '../../src/domain/research';
import { counted } from './counted';
import { fixed, formatTable } from './table';

/** Prints the aggregate: n per version, conditions, routes, correlations and changes. */
export function printAggregate(aggregate: ResearchAggregate): void {
  console.log(
    `${counted(aggregate.n, 'case')}${aggregate.cases ? `; ${casesLine(aggregate.cases)}` : ''}\n`,
  );
  console.log(
    formatTable(
      ['questionnaire', 'sha256', 'n'],
      aggregate.byQuestionnaire.map((q) => [
        questionnaireKey(q),
        q.sha256.slice(0, 12),
        String(q.n),
      ]),
    ),
  );
  const conditionRows = aggregate.conditionIds.map((id) => {
    const s = aggregate.conditions[id]?.summary;
    return [
      id,
      String(s?.n ?? 0),
      fixed(s?.mean, 3),
      fixed(s?.median, 3),
      fixed(s?.q1, 3),
      fixed(s?.q3, 3),
      fixed(s?.iqr, 3),
    ];
  });
  console.log(
    `\n${formatTable(['condition', 'n', 'mean', 'median', 'Q1', 'Q3', 'IQR'], conditionRows)}`,
  );
  const routeRows = aggregate.routes.map((r) => [
    `route ${r.id}`,
    String(r.n),
    String(r.fits),
    fixed(r.share, 3),
  ]);
  routeRows.push([
    'necessary missing',
    String(aggregate.n),
    String(aggregate.necessaryMissing.count),
    fixed(aggregate.necessaryMissing.share, 3),
  ]);
  console.log(`\n${formatTable(['', 'n', 'count', 'share'], routeRows)}`);
  const { ids, r } = aggregate.correlations;
  console.log(
    `\nPearson correlations of the condition means\n${formatTable(
      ['', ...ids],
      ids.map((id, i) => [id, ...ids.map((_, j) => fixed(r[i]?.[j], 2))]),
    )}`,
  );
  const { changes } = aggregate;
  console.log(
    `\nChange between consecutive scans: ${counted(changes.pairs, 'pair')} of ${counted(changes.pseudonyms, 'pseudonym')}`,
  );
  const changeRows = aggregate.conditionIds.map((id) => {
    const s = changes.conditions[id];
    return [id, String(s?.n ?? 0), fixed(s?.mean, 3), fixed(s?.median, 3)];
  });
  console.log(
    formatTable(
      ['condition', 'n', 'mean change', 'median change', 'improved', 'declined'],
      changeRows.map((row, i) => {
        const shift = changes.shifts[aggregate.conditionIds[i] ?? ''];
        return [...row, fixed(shift?.shareImproved, 3), fixed(shift?.shareDeclined, 3)];
      }),
    ),
  );
  console.log(
    `share improved / declined: a change of more than ${changes.margin} on the 1–5 scale; transitions between truth-table rows (${changes.configurationConditions.join(', ')}):`,
  );
  console.log(
    formatTable(
      ['from', 'to', 'n'],
      changes.transitions.map((tr) => [tr.from, tr.to, String(tr.n)]),
    ),
  );
}

/** How the cases were chosen, in one line. */
export function casesLine(cases: CaseSelection): string {
  const without = cases.withoutPseudonym === 1 ? 'its own case' : 'each its own case';
  return `cases: ${cases.choice} scan per pseudonym (${counted(cases.pseudonyms, 'pseudonym')}, ${counted(cases.withoutPseudonym, 'result')} without a pseudonym, ${without}, ${counted(cases.scansLeftOut, 'other scan')} left out)`;
}

/** Prints the fsQCA figures with the thresholds they were computed with. */
export function printFsqca(result: FsqcaResult): void {
  const { thresholds } = result;
  console.log(
    `\nfsQCA: ${counted(result.n, 'case')}; frequency cut-off ${thresholds.frequency}, consistency cut-off ${thresholds.consistency}`,
  );
  if (result.cases) console.log(casesLine(result.cases));
  console.log(
    `left out: ${result.excluded.missingMembership} with an insufficient condition (no membership), ${result.excluded.missingOutcome} without an outcome; ${result.atCrossover.length} at 0.5 in no row`,
  );
  const rows = result.truthTable
    .filter((row) => row.n > 0)
    .map((row) => [
      ...row.configuration.map(String),
      String(row.n),
      fixed(row.consistency, 3),
      fixed(row.pri, 3),
      row.outcome === null ? '?' : String(row.outcome),
    ]);
  console.log(formatTable([...result.conditionIds, 'n', 'consistency', 'PRI', 'outcome'], rows));
  console.log(
    `\n${formatTable(
      ['sufficiency', 'consistency', 'coverage'],
      result.sufficiency.map((s) => [
        `route ${s.id}`,
        fixed(s.consistency, 3),
        fixed(s.coverage, 3),
      ]),
    )}`,
  );
  console.log(
    `\n${formatTable(
      ['necessity', 'consistency', 'coverage'],
      result.necessity.map((s) => [s.id, fixed(s.consistency, 3), fixed(s.coverage, 3)]),
    )}`,
  );
}
