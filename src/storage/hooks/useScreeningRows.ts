import type { Applicant } from '../../domain/screening/applicant';
import type { ScreeningCriteria } from '../../domain/screening/criteria';
import { getScreeningCriteria, listApplicants } from '../screening-repository';
import { useLiveRow } from './useLiveRow';

export type ScreeningRows<Row> = {
  applicants: Applicant[];
  criteria: ScreeningCriteria;
  rows: Row[];
};

/**
 * Every applicant and the criteria on this device, live, each applicant turned into a row by
 * `toRow` in the task that read it (all 500 at once made a long task). `toRow` must be stable.
 */
export function useScreeningRows<Row>(
  toRow: (applicant: Applicant, criteria: ScreeningCriteria) => Row,
): ScreeningRows<Row> | undefined {
  return useLiveRow(
    async (db) => {
      const criteria = await getScreeningCriteria(db);
      const rows: Row[] = [];
      const applicants = await listApplicants(db, {
        eachSlice: (slice) => rows.push(...slice.map((applicant) => toRow(applicant, criteria))),
      });
      return { applicants, criteria, rows };
    },
    [toRow],
  );
}
