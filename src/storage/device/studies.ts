// The studies this device remembers, for the screens.
import * as studies from '../studies-repository';
import { onDevice } from './on-device';

export const rememberStudy = onDevice(studies.rememberStudy);
export const forgetStudy = onDevice(studies.forgetStudy);
