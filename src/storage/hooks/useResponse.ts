import type { Invitation, StoredResponse } from '../../domain/collective/schema';
import { getInvitation } from '../invitations-repository';
import { getResponse } from '../responses-repository';
import { useLiveRow } from './useLiveRow';

/** One respondent's answers, live; null when absent, undefined while loading. */
export function useResponse(responseId: string): StoredResponse | null | undefined {
  return useLiveRow(async (db) => (await getResponse(db, responseId)) ?? null, [responseId]);
}

export type OpenedInvitation = { invitation: Invitation; response: StoredResponse };

/** The invitation to a scan opened on this phone with its own answers, live; null when absent. */
export function useOpenedInvitation(scanId: string): OpenedInvitation | null | undefined {
  return useLiveRow(
    async (db) => {
      const invitation = await getInvitation(db, scanId);
      const response = invitation ? await getResponse(db, invitation.responseId) : undefined;
      return invitation && response ? { invitation, response } : null;
    },
    [scanId],
  );
}
