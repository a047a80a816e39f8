import { useMemo } from 'react';
import { applicantAsScreenedFile, type Applicant } from '../../domain/screening/applicant';
import { evaluateCriteria, type ScreeningCriteria } from '../../domain/screening/criteria';
import { scoreColumns, screeningRow } from '../../domain/screening/screening-rows';
import { useScreeningRows } from '../../storage/hooks/useScreeningRows';
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
  const stored = useScreeningRows(tableRow);
  return useMemo(() => {
    if (!stored) return { state: 'loading' };
    return {
      state: 'ready',
      ...stored,
      conditions: scoreColumns(stored.rows.map((r) => r.row)),
    };
  }, [stored]);
}

function tableRow(applicant: Applicant, criteria: ScreeningCriteria): TableRow {
  const file = applicantAsScreenedFile(applicant);
  return {
    applicant,
    row: screeningRow({ file, criteria }),
    outcome: evaluateCriteria({ criteria, file }),
  };
}
