import { readJsonText } from '../safe-json';
import type { FileError } from './file-error';
import type { InvitationFile } from './invitation-file';
import { peekFormat, readInvitationFile, readResponseFile } from './read-file';
import type { ResponseFile } from './response-file';

export type SharedFileRead =
  | { kind: 'invitation'; file: InvitationFile }
  | { kind: 'response'; file: ResponseFile }
  | { kind: 'refused'; error: FileError }
  | { kind: 'unknown'; format: string | undefined };

/** What a file shared to the app is: an invitation, a response file, a damaged one of those, or neither. */
export function readSharedFile(text: string): SharedFileRead {
  const format = peekFormat(text);
  if (format === 'ck-invitation') {
    const read = readInvitationFile(text);
    return read.ok
      ? { kind: 'invitation', file: read.file }
      : { kind: 'refused', error: read.error };
  }
  if (format === 'ck-response') {
    const read = readResponseFile(text);
    return read.ok ? { kind: 'response', file: read.file } : { kind: 'refused', error: read.error };
  }
  const json = readJsonText(text);
  return json.ok ? { kind: 'unknown', format } : { kind: 'refused', error: json.error };
}
