import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRuntime } from '../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../tests/support/fixtures';
import { buildInvitationFile } from '../domain/files/invitation-file';
import { buildResponseFile } from '../domain/files/response-file';
import { createCollective } from './collectives-repository';
import type { SelfScanDatabase } from './db';
import { openInvitation } from './invitations-repository';
import { forgetInvitee, inviteMember, setExpectedCount } from './invitees-repository';
import { getResponse, importResponses, listResponses } from './responses-repository';
import { getScan, startScan } from './scans-repository';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

async function openScan() {
  const runtime = testRuntime();
  const collective = await createCollective(db, collectiveInput(), runtime);
  const scan = await startScan(
    db,
    { collectiveId: collective.id, questionnaire: exampleRef, label: 'Ledenavond' },
    runtime,
  );
  return { runtime, scan };
}

const answer = (scanId: string, respondentId: string, respondentName?: string) => ({
  fileName: respondentId,
  isReimport: false,
  file: buildResponseFile({
    questionnaire: exampleRef,
    scanId,
    respondentId,
    ...(respondentName === undefined ? {} : { respondentName }),
    answers: { culture_1: 4 },
    submittedAt: '2027-03-02T12:00:00.000Z',
  }),
});

describe('members invited by name', () => {
  it('keeps them with the scan, in order, each with their own respondent id', async () => {
    const { runtime, scan } = await openScan();
    const ayse = await inviteMember(db, { scanId: scan.id, name: ' Ayşe ' }, runtime);
    const treasurer = await inviteMember(db, { scanId: scan.id, name: 'Penningmeester' }, runtime);
    expect(ayse.name).toBe('Ayşe');
    expect(ayse.respondentId).not.toBe(treasurer.respondentId);
    expect((await getScan(db, scan.id))?.invitees?.map((i) => i.name)).toEqual([
      'Ayşe',
      'Penningmeester',
    ]);
    await forgetInvitee(db, { scanId: scan.id, respondentId: ayse.respondentId });
    expect((await getScan(db, scan.id))?.invitees?.map((i) => i.name)).toEqual(['Penningmeester']);
  });

  it('refuses an empty name and writes nothing', async () => {
    const { runtime, scan } = await openScan();
    await expect(inviteMember(db, { scanId: scan.id, name: '   ' }, runtime)).rejects.toThrow();
    expect((await getScan(db, scan.id))?.invitees).toBeUndefined();
  });

  it('keeps the expected count with the scan, and forgets it', async () => {
    const { scan } = await openScan();
    await setExpectedCount(db, { scanId: scan.id, count: 8 });
    expect((await getScan(db, scan.id))?.expectedCount).toBe(8);
    await setExpectedCount(db, { scanId: scan.id, count: null });
    expect(await getScan(db, scan.id)).not.toHaveProperty('expectedCount');
  });

  it('names an answer by the invitation, says it came as a code, and counts a second one', async () => {
    const { runtime, scan } = await openScan();
    const ayse = await inviteMember(db, { scanId: scan.id, name: 'Ayşe' }, runtime);
    const once = { scanId: scan.id, accepted: [answer(scan.id, ayse.respondentId)] };
    await importResponses(db, { ...once, replaceExisting: false, via: 'code' }, runtime);
    expect(await getResponse(db, ayse.respondentId)).toMatchObject({
      name: 'Ayşe',
      source: 'code',
      timesReceived: 1,
    });
    await importResponses(db, { ...once, replaceExisting: true }, runtime);
    expect(await getResponse(db, ayse.respondentId)).toMatchObject({
      name: 'Ayşe',
      source: 'import',
      timesReceived: 2,
    });
  });

  it('takes the name a member typed on a link for everyone', async () => {
    const { runtime, scan } = await openScan();
    const accepted = [answer(scan.id, 'someone', 'Kees van de moestuin')];
    await importResponses(db, { scanId: scan.id, accepted, replaceExisting: false }, runtime);
    expect((await listResponses(db, scan.id))[0]).toMatchObject({
      name: 'Kees van de moestuin',
      source: 'import',
    });
  });
});

describe('a named invitation on the member’s own phone', () => {
  it('answers under the respondent id and name the coordinator expects', async () => {
    const runtime = testRuntime();
    const file = buildInvitationFile({
      questionnaire: exampleRef,
      scanId: 'scan-elsewhere',
      respondentId: 'member-7',
      respondentName: 'Ayşe',
      createdAt: '2027-03-01T09:00:00.000Z',
    });
    const invitation = await openInvitation(db, file, runtime);
    expect(invitation.responseId).toBe('member-7');
    expect(await getResponse(db, 'member-7')).toMatchObject({ name: 'Ayşe', answers: {} });
  });
});
