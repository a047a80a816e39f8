import { readFileSync } from 'node:fs';
import type { Generator } from '../../src/domain/files/result-file-schema';

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** The command line writes the same generator block as the app. */
export const cliGenerator: Generator = {
  app: 'collectievekracht-selfscan',
  version: packageJson.version,
};
