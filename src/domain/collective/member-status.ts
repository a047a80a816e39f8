import type { Invitee, StoredResponse } from './schema';

/** How a respondent's answers reached this device. */
export type Arrival = 'device' | 'file' | 'code';

/** One member expected or heard from on their own device, for the scan page's list. */
export type MemberStatus = {
  respondentId: string;
  /** the invited name, or the name that came with the answers; '' when neither gave one */
  name: string;
  state: 'pending' | 'answered' | 'answered-again';
  invitedAt: string | null;
  /** when answers last arrived (also a second arrival that left them unchanged) */
  receivedAt: string | null;
  arrival: Arrival | null;
};

/** How a stored response arrived: answered here, read from a response file, or from an answer code. */
export function arrivalOf(response: Pick<StoredResponse, 'source'>): Arrival {
  return response.source === 'import' ? 'file' : response.source;
}

/**
 * The members invited by name, in the order they were invited, each pending or answered (once or
 * more), followed by answers that came from members' own devices without a named invitation.
 */
export function memberStatuses(input: {
  invitees: readonly Invitee[];
  responses: readonly StoredResponse[];
}): MemberStatus[] {
  const received = input.responses.filter((r) => r.source !== 'device');
  const byId = new Map(received.map((r) => [r.id, r]));
  const statusOf = (response: StoredResponse | undefined) =>
    response === undefined
      ? ({ state: 'pending', receivedAt: null, arrival: null } as const)
      : ({
          state: (response.timesReceived ?? 1) > 1 ? 'answered-again' : 'answered',
          receivedAt: response.lastArrivalAt ?? response.updatedAt,
          arrival: arrivalOf(response),
        } as const);
  const invited = input.invitees.map((invitee) => ({
    respondentId: invitee.respondentId,
    name: invitee.name,
    invitedAt: invitee.invitedAt,
    ...statusOf(byId.get(invitee.respondentId)),
  }));
  const invitedIds = new Set(input.invitees.map((i) => i.respondentId));
  const others = received
    .filter((r) => !invitedIds.has(r.id))
    .map((r) => ({ respondentId: r.id, name: r.name, invitedAt: null, ...statusOf(r) }));
  return [...invited, ...others];
}

/** How many answers from members' own phones a scan expects: the number kept with it, else the members invited by name. */
export function expectedAnswers(scan: {
  expectedCount?: number;
  invitees?: readonly Invitee[];
}): number {
  return scan.expectedCount ?? scan.invitees?.length ?? 0;
}
