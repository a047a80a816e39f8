import type { Generator } from '../domain/files/result-file-schema';

/** Who made a result file: this app and its version. */
export const appGenerator: Generator = {
  app: 'collectievekracht-selfscan',
  version: __APP_VERSION__,
};
