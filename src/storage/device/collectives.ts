// The collectives on this device's database, for the screens (tests use the repositories).
import * as collectives from '../collectives-repository';
import * as example from '../example-repository';
import { onDevice } from './on-device';

export const createCollective = onDevice(collectives.createCollective);
export const updateCollective = onDevice(collectives.updateCollective);
export const findExampleCollectiveId = onDevice(example.findExampleCollectiveId);
export const addExampleCollective = onDevice(example.addExampleCollective);
export const deleteCollective = onDevice(collectives.deleteCollective);
