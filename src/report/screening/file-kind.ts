import { screenTimeLimitMs } from '../../domain/files/file-limits';
import type { ScreenedFile, ScreenedFileKind } from '../../domain/screening/screen-status';

/** A file's kind from its name alone, for a file that was never read (or not to the end). */
export const kindByName = (name: string): ScreenedFileKind =>
  /\.pdf$/i.test(name) ? 'pdf' : /\.json$/i.test(name) ? 'json' : 'other';

/**
 * A file whose screening was given up: over the time limit (`too-slow`), or its worker crashed
 * (`read-failed`). The browser's screening worker and `selfscan screen` say the same.
 */
export function givenUpFile({
  name,
  bytes,
  isTimedOut,
  limitMs = screenTimeLimitMs,
}: {
  name: string;
  bytes: number;
  isTimedOut: boolean;
  /** the time limit the file was over, when lower than screenTimeLimitMs */
  limitMs?: number;
}): ScreenedFile {
  return {
    fileName: name,
    kind: kindByName(name),
    bytes,
    status: 'unreadable',
    reasons: [isTimedOut ? { code: 'too-slow', limitMs } : { code: 'read-failed' }],
    digest: null,
    result: null,
  };
}
