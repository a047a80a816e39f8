import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, recordRequests, visitCheck } from './browser';
import {
  choice,
  expectResumedAt,
  savedStatus,
  setUpRespondent,
  valueOf,
  type RespondentRef,
} from './support/app';
import { storedAnswers } from './support/idb';
import { startOwnChromium, type OwnChromium } from './support/own-chromium';
import { plannedChoice, respondentItems } from './support/questionnaire';
import { processesOf } from '../support/processes';

const cycles = 20;

describe('no answer is lost when the browser is killed', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'ck-e2e-crash-'));
  const recorders: ReturnType<typeof recordRequests>[] = [];
  let running: OwnChromium | undefined;
  let respondent: RespondentRef;
  const seenPages = new Set<string>();

  async function launch(): Promise<Page> {
    running = await startOwnChromium(profileDir, 'about:blank');
    recorders.push(recordRequests(running.context));
    const page = running.context.pages()[0] ?? (await running.context.waitForEvent('page'));
    page.setDefaultTimeout(15_000);
    return page;
  }

  async function killBrowser(): Promise<void> {
    const current = running;
    running = undefined;
    if (!current) return;
    await current.kill();
    // a killed process can take a moment to leave /proc
    await expect
      .poll(() => processesOf(profileDir), {
        timeout: 5000,
        message: 'Chromium left after SIGKILL',
      })
      .toEqual([]);
  }

  afterAll(async () => {
    await running?.kill();
    rmSync(profileDir, { recursive: true, force: true });
  });

  function expectedAfter(count: number): Record<string, unknown> {
    return Object.fromEntries(
      respondentItems
        .slice(0, count)
        .map((item, i) => [item.id, valueOf(item, plannedChoice(item, i))]),
    );
  }

  it(`keeps every answer through ${cycles} SIGKILLs, one new answer per cycle`, async () => {
    expect(respondentItems.length).toBeGreaterThanOrEqual(cycles);
    let page = await launch();
    respondent = await setUpRespondent(page, {
      collective: 'Zorgcoöperatie Stroomuitval',
      scan: 'Zelfscan crashtest',
      respondent: 'Kees',
    });
    for (let n = 0; n < cycles; n += 1) {
      const item = respondentItems[n]!;
      if (n > 0) {
        // requests are recorded from the first one on, so the address is opened after connecting
        page = await launch();
        await page.goto(`${baseUrl()}${respondent.basePath}`);
      }
      await expectResumedAt(page, respondent, item);
      expect(await storedAnswers(page, respondent.responseId), `after kill ${n}`).toEqual(
        expectedAfter(n),
      );
      if (!seenPages.has(item.pageId)) {
        seenPages.add(item.pageId);
        await visitCheck(page, `crash-page-${item.pageId}`);
      }
      await choice(page, item, plannedChoice(item, n)).check();
      await savedStatus(page).waitFor();
      await killBrowser();
    }

    page = await launch();
    await page.goto(`${baseUrl()}${respondent.basePath}`);
    const next = respondentItems[cycles];
    if (next) await expectResumedAt(page, respondent, next);
    expect(await storedAnswers(page, respondent.responseId)).toEqual(expectedAfter(cycles));
    await page
      .getByText(`${cycles} van ${respondentItems.length} vragen beantwoord`)
      .first()
      .waitFor();
    await visitCheck(page, 'crash-after-last-kill');
    await page.close();
    await running?.browser.close();
  }, 240_000);

  it('made no request outside 127.0.0.1', () => {
    expect(recorders.map((r) => r.all.length).every((count) => count > 0)).toBe(true);
    expect(recorders.flatMap((r) => r.outside())).toEqual([]);
  });
});
