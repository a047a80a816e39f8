import { describe, expect, it } from 'vitest';
import type { SelfScanDatabase } from './db';
import { loadClosedScans, loadCollectiveWithScans } from './collective-scans';
import { createCollective } from './collectives-repository';
import { addRespondent } from './responses-repository';
import { setScanStatus, startScan } from './scans-repository';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRuntime } from '../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../tests/support/fixtures';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

/** A collective with a closed scan (two respondents), a reopened one and an open one; a second collective with one closed scan. */
async function seed() {
  const runtime = testRuntime();
  const collective = await createCollective(db, collectiveInput(), runtime);
  const other = await createCollective(db, collectiveInput({ name: 'Ander' }), runtime);
  const start = (collectiveId: string, label: string) =>
    startScan(db, { collectiveId, questionnaire: exampleRef, label }, runtime);
  const closed = await start(collective.id, 'Gesloten');
  await addRespondent(db, { scanId: closed.id, name: 'Ans' }, runtime);
  await addRespondent(db, { scanId: closed.id, name: 'Bram' }, runtime);
  await setScanStatus(db, { scanId: closed.id, status: 'closed' }, runtime);
  const reopened = await start(collective.id, 'Heropend');
  await setScanStatus(db, { scanId: reopened.id, status: 'closed' }, runtime);
  await setScanStatus(db, { scanId: reopened.id, status: 'open' }, runtime);
  await start(collective.id, 'Open');
  const elsewhere = await start(other.id, 'Elders');
  await setScanStatus(db, { scanId: elsewhere.id, status: 'closed' }, runtime);
  return { collective, closed };
}

describe('loadCollectiveWithScans', () => {
  it('gives the collective with its own scans, newest first', async () => {
    const { collective } = await seed();
    const found = await loadCollectiveWithScans(db, collective.id);
    expect(found?.collective).toEqual(collective);
    expect(found?.scans.map((s) => s.label)).toEqual(['Open', 'Heropend', 'Gesloten']);
  });

  it('gives null for a collective that is not on this device', async () => {
    await seed();
    expect(await loadCollectiveWithScans(db, 'elsewhere')).toBeNull();
  });
});

describe('loadClosedScans', () => {
  it('gives only the closed scans of the collective, each with its respondents', async () => {
    const { collective, closed } = await seed();
    const found = await loadClosedScans(db, collective.id);
    expect(found.map(({ scan }) => scan.id)).toEqual([closed.id]);
    expect(found[0]?.scan.closedAt).not.toBeNull();
    expect(found[0]?.responses.map((r) => r.name).sort()).toEqual(['Ans', 'Bram']);
  });

  it('gives nothing for a collective without closed scans', async () => {
    expect(await loadClosedScans(db, 'nobody')).toEqual([]);
  });
});
