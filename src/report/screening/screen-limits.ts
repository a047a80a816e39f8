import { maxFileBytes } from '../../domain/safe-json';

/** The largest file the funder's screening reads (a report PDF is about 120 kB). */
export const maxScreenFileBytes = 20 * 1024 * 1024;

/** The largest result JSON file: the same limit as every JSON import. */
export const maxScreenJsonBytes = maxFileBytes;
