import type { Applicant } from '../../domain/screening/applicant';
import { getApplicant } from '../screening-repository';
import { useLiveRow } from './useLiveRow';

/** One applicant kept by the funder, live; null when absent, undefined while loading. */
export function useApplicant(id: string): Applicant | null | undefined {
  return useLiveRow(async (db) => (await getApplicant(db, id)) ?? null, [id]);
}

/** The applicants with these ids that are on this device, in that order, live. */
export function useApplicantsById(ids: string[]): Applicant[] | undefined {
  const key = ids.join(',');
  return useLiveRow(
    async (db) => {
      const found = await Promise.all(ids.map((id) => getApplicant(db, id)));
      return found.filter((a): a is Applicant => a !== undefined);
    },
    [key],
  );
}
