import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  openBrowserSession,
  screenshot,
  visitCheck,
  type BrowserSession,
} from './browser';
import { checkedIndex, choice, savedStatus, setUpRespondent, valueOf } from './support/app';
import { storedAnswers } from './support/idb';
import { respondentItems } from './support/questionnaire';

describe('a device that runs out of space during autosave', () => {
  let session: BrowserSession;
  let page: Page;
  const [first, second] = respondentItems;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = session.page;
    // Chromium's quota override (CDP Storage.overrideQuotaForOrigin, even at one byte) did not refuse
    // writes of a few bytes, so the full disk is simulated where IndexedDB reports it: every write
    // fails with the browser's own QuotaExceededError once the flag is set
    await session.context.addInitScript(() => {
      const refuse = (original: (...args: never[]) => unknown) =>
        function (this: unknown, ...args: never[]) {
          if ((window as { __ckDeviceFull?: boolean }).__ckDeviceFull) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        };
      IDBObjectStore.prototype.put = refuse(IDBObjectStore.prototype.put) as never;
      IDBObjectStore.prototype.add = refuse(IDBObjectStore.prototype.add) as never;
      IDBCursor.prototype.update = refuse(IDBCursor.prototype.update) as never;
    });
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('says the device is full, keeps the answers on screen and offers them as a file', async () => {
    if (!first || !second) throw new Error('the questionnaire needs two items');
    const respondent = await setUpRespondent(page, {
      collective: 'Energie Vol',
      scan: 'Zelfscan zonder ruimte',
      respondent: 'Joost',
    });
    await choice(page, first, 1).check();
    await savedStatus(page).waitFor();

    await page.evaluate(() => Object.assign(window, { __ckDeviceFull: true }));
    if (second.pageId !== first.pageId) {
      await page.goto(`${baseUrl()}${respondent.basePath}/${second.pageId}/${second.id}`);
    }
    await choice(page, second, 2).check();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'Dit apparaat is vol' }).waitFor();
    expect(await alert.textContent()).toContain('Je antwoorden staan nog op het scherm.');
    expect(await checkedIndex(page, second)).toBe(2);
    expect(await storedAnswers(page, respondent.responseId)).toEqual({
      [first.id]: valueOf(first, 1),
    });
    await visitCheck(page, 'storage-full');
    await page.setViewportSize({ width: 360, height: 640 });
    await screenshot(page, 'storage-full-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Antwoorden downloaden' }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
      format: string;
      respondentId: string;
      answers: Record<string, unknown>;
    };
    expect(file.format).toBe('ck-response');
    expect(file.respondentId).toBe(respondent.responseId);
    expect(file.answers).toEqual({
      [first.id]: valueOf(first, 1),
      [second.id]: valueOf(second, 2),
    });
  }, 90_000);

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  });
});
