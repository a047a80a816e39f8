// The scans and their respondents on this device's database, for the screens.
import * as invitations from '../invitations-repository';
import * as responses from '../responses-repository';
import * as scans from '../scans-repository';
import { onDevice } from './on-device';

export const getScan = onDevice(scans.getScan);
export const startScan = onDevice(scans.startScan);
export const setScanStatus = onDevice(scans.setScanStatus);
export const listResponses = onDevice(responses.listResponses);
export const addRespondent = onDevice(responses.addRespondent);
export const saveAnswer = onDevice(responses.saveAnswer);
export const deleteRespondent = onDevice(responses.deleteRespondent);
export const importResponses = onDevice(responses.importResponses);
export const openInvitation = onDevice(invitations.openInvitation);
export const markInvitationSent = onDevice(invitations.markInvitationSent);
export const setRespondentName = onDevice(responses.setRespondentName);
