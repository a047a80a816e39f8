import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../tests/support/test-db';
import { testRuntime } from '../../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../../tests/support/fixtures';
import { createCollective } from '../collectives-repository';
import type { SelfScanDatabase } from '../db';
import { addRespondent, saveAnswer } from '../responses-repository';
import { startScan } from '../scans-repository';
import { listenToCommittedChanges, openChangeSet } from './change-feed';
import { enginePort } from './copy-port';
import { SecondCopyEngine } from './engine';
import { feedSecondCopy, whenSecondCopyHolds } from './feed-second-copy';
import { memoryFiles } from './memory-files';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

/** Answers of each response as the copy held them when its last append had landed. */
let landed: Record<string, Record<string, unknown>> = {};
beforeEach(async () => {
  const engine = new SecondCopyEngine(memoryFiles());
  await engine.load();
  const port = enginePort(engine);
  landed = {};
  feedSecondCopy({
    port: {
      ...port,
      // a copy that takes a while to write, as a worker on a busy phone does
      append: async (changes) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const marker = await port.append(changes);
        for (const [key, row] of Object.entries((await engine.contents()).tables.responses)) {
          landed[key] = { ...(row as { answers: Record<string, unknown> }).answers };
        }
        return marker;
      },
    },
  });
});
afterEach(() => listenToCommittedChanges(undefined));

describe('"saved" waits for the second copy', () => {
  it('holds each answer in the copy as soon as the save and whenSecondCopyHolds have resolved', async () => {
    const runtime = testRuntime();
    const collective = await createCollective(db, collectiveInput(), runtime);
    const scan = await startScan(
      db,
      { collectiveId: collective.id, questionnaire: exampleRef, label: 'Voorjaar' },
      runtime,
    );
    const noor = await addRespondent(db, { scanId: scan.id, name: 'Noor' }, runtime);
    for (const [itemId, value] of [
      ['q1', 1],
      ['q2', 4],
      ['q3', 2],
    ] as const) {
      await saveAnswer(db, { responseId: noor.id, itemId, value }, runtime);
      await whenSecondCopyHolds();
      expect(landed[noor.id]?.[itemId]).toBe(value);
    }
  });

  it('waits for a commit the middleware has not heard of yet, as in a browser', async () => {
    // a browser runs the saving page's continuation before the middleware's 'complete' listener
    const changeSet = openChangeSet();
    let isHeld = false;
    const holds = whenSecondCopyHolds().then(() => {
      isHeld = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(isHeld).toBe(false);
    const at = '2026-12-05T10:00:00.000Z';
    const row = { id: 'r1', scanId: 's1', name: 'Noor', answers: { q1: 3 }, updatedAt: at };
    changeSet.committed([{ at, table: 'responses', op: 'put', key: 'r1', row }]);
    await holds;
    expect(landed.r1?.q1).toBe(3);
  });

  it('does not wait for a transaction that was rolled back', async () => {
    openChangeSet().failed();
    await whenSecondCopyHolds();
    expect(landed).toEqual({});
  });
});
