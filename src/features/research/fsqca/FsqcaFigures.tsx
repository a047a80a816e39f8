import type { FsqcaResult, MembershipTable as Table } from '../research-types';
import { FitTables } from './FitTables';
import { MembershipTable } from './MembershipTable';
import { TruthTable } from './TruthTable';

/** The truth table, the routes and necessity, and the membership table of one fsQCA run. */
export function FsqcaFigures({
  fsqca,
  membershipTable,
}: {
  fsqca: FsqcaResult;
  membershipTable: Table | null;
}) {
  return (
    <>
      <TruthTable fsqca={fsqca} />
      <FitTables fsqca={fsqca} />
      {membershipTable ? <MembershipTable table={membershipTable} /> : null}
    </>
  );
}
