import type { ScreenedFileKind } from '../../domain/screening/screen-status';

/** A file's kind from its name alone, for a file that was never read (or not to the end). */
export const kindByName = (name: string): ScreenedFileKind =>
  /\.pdf$/i.test(name) ? 'pdf' : /\.json$/i.test(name) ? 'json' : 'other';
