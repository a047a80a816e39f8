import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { applicantAsScreenedFile, type Applicant } from '../../domain/screening/applicant';
import { evaluateCriteria, type ScreeningCriteria } from '../../domain/screening/criteria';
import { scoreColumns, screeningRow } from '../../domain/screening/screening-rows';
import { getDatabase } from '../../storage/db';
import { getScreeningCriteria, listApplicants } from '../../storage/screening-repository';
import type { TableRow } from './screening-table';

export type ScreeningState =
  | { state: 'loading' }
  | {
      state: 'ready';
      applicants: Applicant[];
      criteria: ScreeningCriteria;
      rows: TableRow[];
      /** condition ids with a score column */
      conditions: string[];
    };

/** The applicants and the criteria on this device, kept live, with each one's row and outcome. */
export function useScreening(): ScreeningState {
  const stored = useLiveQuery(async () => {
    const db = getDatabase();
    const [applicants, criteria] = await Promise.all([
      listApplicants(db),
      getScreeningCriteria(db),
    ]);
    return { applicants, criteria };
  }, []);
  return useMemo(() => {
    if (!stored) return { state: 'loading' };
    const { applicants, criteria } = stored;
    const rows = applicants.map((applicant) => {
      const file = applicantAsScreenedFile(applicant);
      return {
        applicant,
        row: screeningRow({ file, criteria }),
        outcome: evaluateCriteria({ criteria, file }),
      };
    });
    return {
      state: 'ready',
      applicants,
      criteria,
      rows,
      conditions: scoreColumns(rows.map((r) => r.row)),
    };
  }, [stored]);
}
