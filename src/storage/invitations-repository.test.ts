import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRuntime } from '../../tests/support/runtime';
import { exampleRef } from '../../tests/support/fixtures';
import { buildInvitationFile } from '../domain/files/invitation-file';
import type { SelfScanDatabase } from './db';
import { getInvitation, listInvitations, openInvitation } from './invitations-repository';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

const file = (collectiveName?: string) =>
  buildInvitationFile({
    questionnaire: exampleRef,
    scanId: collectiveName ? 'scan-named' : 'scan-old',
    label: 'Ledenavond',
    ...(collectiveName === undefined ? {} : { collectiveName }),
    createdAt: '2027-03-01T09:00:00.000Z',
  });

describe('invitations on a respondent’s device', () => {
  it('keeps the collective’s name of the invitation, and reads invitations without one', async () => {
    const runtime = testRuntime();
    await openInvitation(db, file('Buurtcoöperatie Ĳsselmonde'), runtime);
    await openInvitation(db, file(), runtime);
    expect(await getInvitation(db, 'scan-named')).toMatchObject({
      label: 'Ledenavond',
      collectiveName: 'Buurtcoöperatie Ĳsselmonde',
    });
    const old = await getInvitation(db, 'scan-old');
    expect(old).toBeDefined();
    expect(old).not.toHaveProperty('collectiveName');
    expect(await listInvitations(db)).toHaveLength(2);
  });
});
