import {
  ByteReader,
  ByteWriter,
  CodeBytesError,
  readId,
  readTime,
  writeId,
  writeTime,
} from './code/bytes';
import { withChecksum, withoutChecksum } from './code/checksum';
import { fromBase64Url, toBase64Url } from './code/text-alphabets';
import { buildInvitationFile, invitationFileSchema, type InvitationFile } from './invitation-file';

/**
 * The versions of the invitation code's layout, the part before the dot: 2 added the collective's
 * name (flag 8, a text after the label); 3 added the invited member (flag 16: their respondent id,
 * flag 32 when it is a UUID, and their name). A code is written in the lowest version that holds
 * it, so older apps open what they can; all three are read.
 */
export const invitationCodeVersions = { first: 1, collectiveName: 2, member: 3 } as const;

export type InvitationCodeError =
  { code: 'invitation-damaged' } | { code: 'invitation-version'; found: string };
export type InvitationCodeRead =
  { ok: true; file: InvitationFile } | { ok: false; error: InvitationCodeError };

const flags = {
  scanUuid: 1,
  hasLabel: 2,
  timeMillis: 4,
  hasCollectiveName: 8,
  hasRespondent: 16,
  respondentUuid: 32,
} as const;
/** Each version's flags lie below its limit: a higher flag makes the code damaged. */
const flagLimit: Readonly<Record<string, number>> = {
  [invitationCodeVersions.first]: 8,
  [invitationCodeVersions.collectiveName]: 16,
  [invitationCodeVersions.member]: 64,
};

/** An invitation as a short URL-safe text (`1.` or `2.` + base64url of its bytes and a CRC-32), for the `i=` of a link. */
export function encodeInvitationCode(file: InvitationFile): string {
  const body = new ByteWriter();
  body.text(file.questionnaire.id);
  for (const part of file.questionnaire.version.split('.')) body.varint(Number(part));
  for (let i = 0; i < 64; i += 2)
    body.byte(parseInt(file.questionnaire.sha256.slice(i, i + 2), 16));
  let set = 0;
  if (writeId(body, file.scanId)) set |= flags.scanUuid;
  if (file.label !== undefined) {
    set |= flags.hasLabel;
    body.text(file.label);
  }
  if (file.collectiveName !== undefined) {
    set |= flags.hasCollectiveName;
    body.text(file.collectiveName);
  }
  if (file.respondentId !== undefined) {
    set |= flags.hasRespondent;
    if (writeId(body, file.respondentId)) set |= flags.respondentUuid;
    body.text(file.respondentName ?? '');
  }
  if (writeTime(body, file.createdAt)) set |= flags.timeMillis;
  const all = new ByteWriter();
  all.byte(set);
  all.raw(body.bytes());
  const version =
    file.respondentId !== undefined
      ? invitationCodeVersions.member
      : file.collectiveName === undefined
        ? invitationCodeVersions.first
        : invitationCodeVersions.collectiveName;
  return `${version}.${toBase64Url(withChecksum(all.bytes()))}`;
}

/** Reads the `i=` text of an invitation link back into the invitation file it came from. */
export function decodeInvitationCode(text: string): InvitationCodeRead {
  const damaged: InvitationCodeRead = { ok: false, error: { code: 'invitation-damaged' } };
  const match = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(text.trim());
  if (!match) return damaged;
  const [, version = '', body = ''] = match;
  const limit = Object.hasOwn(flagLimit, version) ? flagLimit[version] : undefined;
  if (limit === undefined) {
    return { ok: false, error: { code: 'invitation-version', found: version } };
  }
  const raw = fromBase64Url(body);
  const bytes = raw && withoutChecksum(raw);
  if (!bytes) return damaged;
  try {
    const reader = new ByteReader(bytes);
    const set = reader.byte();
    const id = reader.text();
    const semver = [reader.varint(), reader.varint(), reader.varint()].join('.');
    const sha256 = Array.from(reader.raw(32), (b) => b.toString(16).padStart(2, '0')).join('');
    const scanId = readId(reader, (set & flags.scanUuid) !== 0);
    if (set >= limit) return damaged;
    const label = (set & flags.hasLabel) !== 0 ? reader.text() : undefined;
    const collectiveName = (set & flags.hasCollectiveName) !== 0 ? reader.text() : undefined;
    const respondentId =
      (set & flags.hasRespondent) !== 0
        ? readId(reader, (set & flags.respondentUuid) !== 0)
        : undefined;
    const respondentName = respondentId === undefined ? '' : reader.text();
    const createdAt = readTime(reader, (set & flags.timeMillis) !== 0);
    if (!reader.isAtEnd()) return damaged;
    const parsed = invitationFileSchema.safeParse(
      buildInvitationFile({
        questionnaire: { id, version: semver, sha256 },
        scanId,
        ...(label === undefined ? {} : { label }),
        ...(collectiveName === undefined ? {} : { collectiveName }),
        ...(respondentId === undefined ? {} : { respondentId }),
        ...(respondentName === '' ? {} : { respondentName }),
        createdAt,
      }),
    );
    return parsed.success ? { ok: true, file: parsed.data } : damaged;
  } catch (error) {
    if (error instanceof CodeBytesError) return damaged;
    throw error;
  }
}
