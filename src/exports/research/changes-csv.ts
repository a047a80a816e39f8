import type { ChangeAggregate } from '../../domain/research';
import { csvLine } from './csv';

/**
 * The change over time as one CSV of long rows, `kind` telling them apart: per condition the mean
 * change and the shares improved and declined beyond the margin (`condition`), its distribution
 * (`histogram`, one row per bin), and the transitions between truth-table rows (`transition`). The
 * margin and the configuration's conditions are columns of every row.
 */
export function changesCsv(changes: ChangeAggregate): string {
  const names = [
    'kind',
    'condition',
    'pairs',
    'mean_change',
    'median_change',
    'improved',
    'declined',
    'share_improved',
    'share_declined',
    'bin_from',
    'bin_to',
    'count',
    'from_configuration',
    'to_configuration',
    'margin',
    'configuration_conditions',
  ];
  const order = changes.configurationConditions.join(' ');
  const line = (values: Record<string, string | number | null>) =>
    csvLine(names.map((name) => values[name] ?? null));
  const parts = [csvLine(names)];
  for (const [id, summary] of Object.entries(changes.conditions)) {
    const shift = changes.shifts[id];
    parts.push(
      line({
        kind: 'condition',
        condition: id,
        pairs: summary.n,
        mean_change: summary.mean,
        median_change: summary.median,
        improved: shift?.improved ?? null,
        declined: shift?.declined ?? null,
        share_improved: shift?.shareImproved ?? null,
        share_declined: shift?.shareDeclined ?? null,
        margin: changes.margin,
        configuration_conditions: order,
      }),
    );
    shift?.histogram.counts.forEach((count, bin) =>
      parts.push(
        line({
          kind: 'histogram',
          condition: id,
          bin_from: shift.histogram.edges[bin] ?? null,
          bin_to: shift.histogram.edges[bin + 1] ?? null,
          count,
          margin: changes.margin,
          configuration_conditions: order,
        }),
      ),
    );
  }
  for (const transition of changes.transitions)
    parts.push(
      line({
        kind: 'transition',
        count: transition.n,
        from_configuration: transition.from,
        to_configuration: transition.to,
        margin: changes.margin,
        configuration_conditions: order,
      }),
    );
  return parts.join('');
}
