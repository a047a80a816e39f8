import {
  invitationSchema,
  storedResponseSchema,
  type Invitation,
} from '../domain/collective/schema';
import type { InvitationFile } from '../domain/files/invitation-file';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

export async function getInvitation(
  db: SelfScanDatabase,
  scanId: string,
): Promise<Invitation | undefined> {
  const row = await db.invitations.get(scanId);
  return row ? readRow(invitationSchema, 'invitations', row) : undefined;
}

/** Invitations opened on this device, newest first. */
export async function listInvitations(db: SelfScanDatabase): Promise<Invitation[]> {
  const rows = await db.invitations.orderBy('scanId').toArray();
  return rows
    .map((row) => readRow(invitationSchema, 'invitations', row))
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

/**
 * Opens an invitation on a respondent's own device: keeps it, with an empty response to fill in.
 * Opening the same invitation again returns the response already started.
 */
export async function openInvitation(
  db: SelfScanDatabase,
  file: InvitationFile,
  runtime: Runtime = defaultRuntime,
): Promise<Invitation> {
  return db.transaction('rw', db.invitations, db.responses, async () => {
    const existing = await getInvitation(db, file.scanId);
    if (existing) return existing;
    const now = runtime.now();
    const response = storedResponseSchema.parse({
      // a member invited by name answers under the id the coordinator expects them by
      id: file.respondentId ?? runtime.newId(),
      scanId: file.scanId,
      name: file.respondentName ?? '',
      answers: {},
      source: 'device',
      createdAt: now,
      updatedAt: now,
    });
    const invitation = invitationSchema.parse({
      scanId: file.scanId,
      questionnaire: file.questionnaire,
      label: file.label ?? null,
      ...(file.collectiveName === undefined ? {} : { collectiveName: file.collectiveName }),
      responseId: response.id,
      openedAt: now,
    });
    await db.responses.add(response);
    await db.invitations.add(invitation);
    return invitation;
  });
}

/** Notes that an invitation's answers left this device (answer code shown, or file saved), and when. */
export async function markInvitationSent(
  db: SelfScanDatabase,
  input: { scanId: string; as: 'code' | 'file' },
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  await db.invitations.update(input.scanId, { sentAt: runtime.now(), sentAs: input.as });
}
