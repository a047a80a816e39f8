import type { Invitation, StoredResponse } from '../../domain/collective/schema';
import { listInvitations } from '../invitations-repository';
import { getResponse } from '../responses-repository';
import { useLiveRow } from './useLiveRow';

/** An invitation opened on this device with the answers given to it so far (none when they were removed). */
export type InvitationWithAnswers = {
  invitation: Invitation;
  response: StoredResponse | undefined;
};

/** The invitations opened on this device, newest first, each with its answers, live; undefined while loading. */
export function useInvitations(): InvitationWithAnswers[] | undefined {
  return useLiveRow(async (db) => {
    const invitations = await listInvitations(db);
    return Promise.all(
      invitations.map(async (invitation) => ({
        invitation,
        response: await getResponse(db, invitation.responseId),
      })),
    );
  }, []);
}
