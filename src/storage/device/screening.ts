// The funder's applicants and screening settings on this device's database, for the screens.
import * as screening from '../screening-repository';
import { onDevice } from './on-device';

export const listApplicantDigests = onDevice(screening.listApplicantDigests);
export const listKeptReports = onDevice(screening.listKeptReports);
export const saveScreenedBatch = onDevice(screening.saveScreenedBatch);
export const saveApplicantNote = onDevice(screening.saveApplicantNote);
export const saveScreeningCriteria = onDevice(screening.saveScreeningCriteria);
export const importScreening = onDevice(screening.importScreening);
export const deleteScreeningData = onDevice(screening.deleteScreeningData);
