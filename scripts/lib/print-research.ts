// The research aggregate and fsQCA figures as plain-text tables, the same figures as the Onderzoek screen.
import { questionnaireKey } from '../../src/domain/questionnaire/identity';
import type { FsqcaResult, ResearchAggregate } from '../../src/domain/research';
import { fixed, formatTable } from './table';

/** Prints the aggregate: n per version, conditions, routes, correlations and changes. */
export function printAggregate(aggregate: ResearchAggregate): void {
  console.log(`${aggregate.n} result(s)\n`);
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
    `\nChange between consecutive scans: ${changes.pairs} pair(s) of ${changes.pseudonyms} pseudonym(s)`,
  );
  const changeRows = aggregate.conditionIds.map((id) => {
    const s = changes.conditions[id];
    return [id, String(s?.n ?? 0), fixed(s?.mean, 3), fixed(s?.median, 3)];
  });
  console.log(formatTable(['condition', 'n', 'mean change', 'median change'], changeRows));
}

/** Prints the fsQCA figures with the thresholds they were computed with. */
export function printFsqca(result: FsqcaResult): void {
  const { thresholds } = result;
  console.log(
    `\nfsQCA: ${result.n} case(s); frequency cut-off ${thresholds.frequency}, consistency cut-off ${thresholds.consistency}`,
  );
  console.log(
    `left out: ${result.excluded.missingMembership} without every membership, ${result.excluded.missingOutcome} without an outcome; ${result.atCrossover.length} at 0.5 in no row`,
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
