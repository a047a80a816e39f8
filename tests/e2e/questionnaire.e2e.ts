import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  baseUrl,
  openBrowserSession,
  screenshot,
  visitCheck,
} from './browser';

describe('reading a questionnaire before starting a scan', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1100, height: 900 } });
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('lists the versions and opens v1.0.0 with all its parts', async () => {
    await page.goto(`${baseUrl()}#/`);
    await page.getByRole('link', { name: 'Lees alle vragen van de scan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijsten' }).waitFor();
    await visitCheck(page, 'questionnaire-list');
    await page.getByRole('link', { name: /1\.0\.0/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Gedeeld leiderschap' }).waitFor();
    for (const name of [
      'Band met de gemeenschap',
      'Gezond verdienmodel',
      'Gedeelde ondernemende cultuur',
      'Sterk netwerk',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(46);
    await visitCheck(page, 'questionnaire-v1-nl');
  });

  it('reads in English too, and prints without the app frame', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Shared leadership' }).waitFor();
    await visitCheck(page, 'questionnaire-v1-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(page.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'questionnaire-v1-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  });
});
