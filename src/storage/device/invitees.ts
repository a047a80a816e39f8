// Members invited by name and the expected count, kept with the scan: coordinator screens only,
// apart from scans.ts so the member's fill-in route does not carry them.
import * as invitees from '../invitees-repository';
import { onDevice } from './on-device';

export const inviteMember = onDevice(invitees.inviteMember);
export const forgetInvitee = onDevice(invitees.forgetInvitee);
export const setExpectedCount = onDevice(invitees.setExpectedCount);
