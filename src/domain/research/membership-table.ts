import { calibrateMembership } from '../scoring/calibrate';
import type { FsqcaOutcome, MembershipTable } from './fsqca-types';
import type { ResearchTable } from './research-table';

/** Member bands (also generalised) as numbers 1–4 for calibration; the middle of a coarser band. */
const memberBandOrdinal: Record<string, number> = {
  upto25: 1,
  from26to100: 2,
  from101to500: 3,
  over500: 4,
  'band.upto100': 1.5,
  'band.over100': 3.5,
};

/** Age in years at the scan: scan year minus the middle of the founding decade (or 20-year band). */
function ageAt(decade: string | null, year: number): number {
  if (decade === null || Number.isNaN(year)) return NaN;
  const band = /^(\d{4})-(\d{4})$/.exec(decade);
  if (band) return year - (Number(band[1]) + Number(band[2]) + 1) / 2;
  const start = Number(decade);
  return Number.isFinite(start) ? year - (start + 5) : NaN;
}

/** The raw outcome of each row before calibration (or the researcher's value); NaN when unknown. */
function outcomeColumn(table: ResearchTable, outcome: FsqcaOutcome): Float64Array {
  const out = new Float64Array(table.n).fill(NaN);
  for (let i = 0; i < table.n; i += 1) {
    if (outcome.kind === 'values') {
      const pseudonym = table.pseudonym.values[table.pseudonym.codes[i] as number];
      const value =
        pseudonym === null || pseudonym === undefined ? undefined : outcome.byPseudonym[pseudonym];
      out[i] = value ?? NaN;
      continue;
    }
    const raw =
      outcome.variable === 'age'
        ? ageAt(
            table.foundingDecade.values[table.foundingDecade.codes[i] as number] ?? null,
            table.year[i] as number,
          )
        : (memberBandOrdinal[table.memberBand.values[table.memberBand.codes[i] as number] ?? ''] ??
          NaN);
    out[i] = Number.isNaN(raw)
      ? NaN
      : calibrateMembership({ mean: raw, calibration: outcome.anchors });
  }
  return out;
}

/** The calibrated membership table: one row per result with every condition's membership and the outcome. */
export function buildMembershipTable({
  table,
  outcome,
  conditionIds,
}: {
  table: ResearchTable;
  outcome: FsqcaOutcome;
  conditionIds: string[];
}): MembershipTable {
  const y = outcomeColumn(table, outcome);
  const rows: number[] = [];
  let missingMembership = 0;
  let missingOutcome = 0;
  for (let i = 0; i < table.n; i += 1) {
    const hasAll = conditionIds.every((id) => !Number.isNaN(table.memberships[id]?.[i] ?? NaN));
    if (!hasAll) missingMembership += 1;
    else if (Number.isNaN(y[i] as number)) missingOutcome += 1;
    else rows.push(i);
  }
  const memberships = Object.fromEntries(
    conditionIds.map((id) => {
      const column = table.memberships[id] as Float64Array;
      return [id, Float64Array.from(rows, (row) => column[row] as number)];
    }),
  );
  return {
    conditionIds,
    caseIds: rows.map((row) => table.resultIds[row] as string),
    pseudonyms: rows.map(
      (row) => table.pseudonym.values[table.pseudonym.codes[row] as number] ?? null,
    ),
    memberships,
    outcome: Float64Array.from(rows, (row) => y[row] as number),
    excluded: { missingMembership, missingOutcome },
  };
}
