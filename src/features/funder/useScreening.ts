import { useCallback, useMemo } from 'react';
import { applicantAsScreenedFile, type Applicant } from '../../domain/screening/applicant';
import { checkedScores } from '../../domain/screening/checked-scores';
import { evaluateCriteria, type ScreeningCriteria } from '../../domain/screening/criteria';
import { scoreColumns, screeningRow } from '../../domain/screening/screening-rows';
import { useScreeningRows } from '../../storage/hooks/useScreeningRows';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
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

/**
 * The applicants and the criteria on this device, kept live, with each one's row and outcome: scores
 * and criteria on the checked scores (a changed file re-scored from its answers, never its stated ones).
 */
export function useScreening(): ScreeningState {
  const registry = useQuestionnaireRegistry();
  const tableRow = useCallback(
    (applicant: Applicant, criteria: ScreeningCriteria): TableRow => {
      const file = applicantAsScreenedFile(applicant);
      const { scores } = checkedScores({
        status: applicant.status,
        result: applicant.result,
        registry,
      });
      return {
        applicant,
        row: screeningRow({ file, criteria, scores }),
        outcome: evaluateCriteria({ criteria, file, scores }),
      };
    },
    [registry],
  );
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
