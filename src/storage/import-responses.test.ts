import { describe, expect, it } from 'vitest';
import type { SelfScanDatabase } from './db';
import { withFreshDatabase } from '../../tests/support/test-db';
import { createCollective } from './collectives-repository';
import { setScanStatus, startScan } from './scans-repository';
import {
  addRespondent,
  importResponses,
  listResponses,
  ScanClosedError,
} from './responses-repository';
import { buildResponseFile } from '../domain/files/response-file';
import type { AcceptedResponse } from '../domain/collective/plan-response-import';
import { testRuntime } from '../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../tests/support/fixtures';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

function accepted(
  scanId: string,
  respondentId: string,
  answers: Record<string, number>,
): AcceptedResponse {
  return {
    fileName: `${respondentId}.json`,
    isReimport: false,
    file: buildResponseFile({
      questionnaire: exampleRef,
      scanId,
      respondentId,
      answers,
      submittedAt: '2027-03-02T12:00:00.000Z',
    }),
  };
}

describe('importResponses', () => {
  async function openScan() {
    const runtime = testRuntime();
    const collective = await createCollective(db, collectiveInput(), runtime);
    return {
      runtime,
      scan: await startScan(
        db,
        { collectiveId: collective.id, questionnaire: exampleRef, label: 'x' },
        runtime,
      ),
    };
  }

  it('adds new respondents and, when asked, replaces a re-imported one', async () => {
    const { runtime, scan } = await openScan();
    await importResponses(
      db,
      {
        scanId: scan.id,
        accepted: [accepted(scan.id, 'r1', { culture_1: 2 })],
        replaceExisting: false,
      },
      runtime,
    );
    const kept = await importResponses(
      db,
      {
        scanId: scan.id,
        accepted: [
          accepted(scan.id, 'r1', { culture_1: 5 }),
          accepted(scan.id, 'r2', { culture_1: 3 }),
        ],
        replaceExisting: false,
      },
      runtime,
    );
    expect(kept).toEqual({ added: 1, replaced: 0, kept: 1 });
    expect(
      (await listResponses(db, scan.id)).map((r) => [r.id, r.answers.culture_1, r.source]),
    ).toEqual([
      ['r1', 2, 'import'],
      ['r2', 3, 'import'],
    ]);
    const replaced = await importResponses(
      db,
      {
        scanId: scan.id,
        accepted: [accepted(scan.id, 'r1', { culture_1: 5 })],
        replaceExisting: true,
      },
      runtime,
    );
    expect(replaced).toEqual({ added: 0, replaced: 1, kept: 0 });
    expect((await listResponses(db, scan.id)).find((r) => r.id === 'r1')?.answers).toEqual({
      culture_1: 5,
    });
  });

  it('counts a second arrival of a member already here, kept or replaced, with when it came', async () => {
    const { runtime, scan } = await openScan();
    const once = { scanId: scan.id, accepted: [accepted(scan.id, 'r1', { culture_1: 2 })] };
    await importResponses(db, { ...once, replaceExisting: false }, runtime);
    const [first] = await listResponses(db, scan.id);
    expect(first).toMatchObject({ timesReceived: 1, lastArrivalAt: first?.createdAt });
    // the same file again, not replaced: answers and updatedAt stay, the arrival is counted
    await importResponses(db, { ...once, replaceExisting: false }, runtime);
    const [second] = await listResponses(db, scan.id);
    expect(second).toMatchObject({ answers: { culture_1: 2 }, timesReceived: 2 });
    expect(second?.updatedAt).toBe(first?.updatedAt);
    expect(Date.parse(second?.lastArrivalAt ?? '')).toBeGreaterThan(
      Date.parse(first?.lastArrivalAt ?? ''),
    );
    await importResponses(
      db,
      {
        scanId: scan.id,
        accepted: [accepted(scan.id, 'r1', { culture_1: 4 })],
        replaceExisting: true,
      },
      runtime,
    );
    const [third] = await listResponses(db, scan.id);
    expect(third).toMatchObject({ answers: { culture_1: 4 }, timesReceived: 3 });
    expect(third?.lastArrivalAt).toBe(third?.updatedAt);
  });

  it('does not count a file for a respondent who answered on this device as an arrival', async () => {
    const { runtime, scan } = await openScan();
    const here = await addRespondent(db, { scanId: scan.id, name: 'Aan tafel' }, runtime);
    await importResponses(
      db,
      {
        scanId: scan.id,
        accepted: [accepted(scan.id, here.id, { culture_1: 3 })],
        replaceExisting: false,
      },
      runtime,
    );
    const [stored] = await listResponses(db, scan.id);
    expect(stored?.timesReceived).toBeUndefined();
    expect(stored?.lastArrivalAt).toBeUndefined();
  });

  it('writes nothing when one response in the batch belongs elsewhere', async () => {
    const { runtime, scan } = await openScan();
    await addRespondent(db, { scanId: scan.id, name: 'Ans' }, runtime);
    const before = JSON.stringify(await db.responses.toArray());
    await expect(
      importResponses(
        db,
        {
          scanId: scan.id,
          accepted: [
            accepted(scan.id, 'r1', { culture_1: 2 }),
            accepted('other-scan', 'r2', { culture_1: 2 }),
          ],
          replaceExisting: false,
        },
        runtime,
      ),
    ).rejects.toThrow(/cannot go into/);
    expect(JSON.stringify(await db.responses.toArray())).toBe(before);
  });

  it('refuses to import into a closed scan', async () => {
    const { runtime, scan } = await openScan();
    await setScanStatus(db, { scanId: scan.id, status: 'closed' }, runtime);
    await expect(
      importResponses(
        db,
        {
          scanId: scan.id,
          accepted: [accepted(scan.id, 'r1', { culture_1: 2 })],
          replaceExisting: false,
        },
        runtime,
      ),
    ).rejects.toBeInstanceOf(ScanClosedError);
    expect(await db.responses.count()).toBe(0);
  });
});
