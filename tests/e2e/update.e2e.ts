import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, recordRequests, screenshot } from './browser';
import { addRespondent, choice, heading, savedStatus, startScan } from './support/app';
import { respondentPages } from './support/questionnaire';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server';
import { buildApp } from '../support/processes';

const nextVersion = '0.1.0-update-test';

/** The banner's words in one language, read from the shell's own texts (a raw key would fail). */
function bannerWords(language: 'nl' | 'en'): { ready: string; apply: string } {
  const texts = JSON.parse(readFileSync(`src/app/messages/${language}.json`, 'utf8')) as {
    shell: { update: { ready: string; apply: string } };
  };
  return texts.shell.update;
}

/** The banner shows its Dutch words, then its English ones after switching, then Dutch again. */
async function expectBannerInBothLanguages(page: Page): Promise<void> {
  for (const language of ['nl', 'en', 'nl'] as const) {
    const words = bannerWords(language);
    await page
      .getByRole('button', { name: language === 'nl' ? 'Nederlands' : 'English', exact: true })
      .first()
      .click();
    const banner = page.getByRole('status').filter({ hasText: words.ready });
    await banner.waitFor({ timeout: 10_000 });
    await banner.getByRole('button', { name: words.apply }).waitFor();
    expect(await banner.textContent()).not.toMatch(/\b(?:shell|dataSafety)\.update\./);
  }
}

describe('a new version never breaks an open fill-in page', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-update-'));
  const buildB = join(work, 'b');
  let server: SwitchableServer;
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let loads = 0;
  const [first, second] = respondentPages;

  beforeAll(async () => {
    // build B: the same sources with another version, so its chunks get other names than dist's
    buildApp({ outDir: buildB, appVersion: nextVersion });
    server = await startSwitchableServer('dist');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    requests = recordRequests(context);
    page = await context.newPage();
    page.on('load', () => {
      loads += 1;
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('builds two versions whose scripts differ', () => {
    const a = readdirSync('dist/assets');
    const b = new Set(readdirSync(join(buildB, 'assets')));
    expect(a.filter((f) => f.endsWith('.js') && !b.has(f)).length).toBeGreaterThan(0);
  });

  it('keeps the open page on its version, working, until the person agrees', async () => {
    if (!first || !second) throw new Error('the questionnaire needs two pages');
    await page.goto(`${server.baseUrl}#/collectives/new`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.getByLabel('Naam van het collectief').fill('Buurtkracht Update');
    await page.getByRole('button', { name: 'Collectief aanmaken' }).click();
    await heading(page, 'Buurtkracht Update').waitFor();
    await startScan(page, 'Scan tijdens een update');
    await addRespondent(page, 'Ans');
    await choice(page, first.items[0]!, 0).check();
    await savedStatus(page).waitFor();
    // a script of the open version that the next one no longer has, and that the precache holds
    const precached = readFileSync('dist/sw.js', 'utf8');
    const oldScript = readdirSync('dist/assets').find(
      (f) =>
        f.endsWith('.js') &&
        precached.includes(`assets/${f}`) &&
        !readdirSync(join(buildB, 'assets')).includes(f),
    );
    expect(oldScript).toBeDefined();
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const loadsBefore = loads;

    server.serve(buildB);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page
      .getByRole('status')
      .filter({ hasText: 'Er is een nieuwe versie van de app.' });
    await banner.waitFor({ timeout: 30_000 });

    // the open version's files still come from its service worker, though the server has dropped them
    const status = await page.evaluate(
      async (path) => (await fetch(path)).status,
      `./assets/${oldScript}`,
    );
    expect(status).toBe(200);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL((url) => url.hash.endsWith(`/${second.id}`));
    await choice(page, second.items[0]!, 2).check();
    await savedStatus(page).waitFor();
    await choice(page, second.items[1]!, 1).check();
    await savedStatus(page).waitFor();
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
    expect(loads).toBe(loadsBefore);
    // the open build's banner speaks both languages (its texts are in the first load)
    await expectBannerInBothLanguages(page);
    await screenshot(page, 'update-banner-desktop');
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 640 });
    await screenshot(page, 'update-banner-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: 'Nu bijwerken' }).click();
    await expect.poll(() => loads, { timeout: 20_000 }).toBe(loadsBefore + 1);
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(false);
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByText(`Versie van de app: ${nextVersion}`).waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie' }).count())
      .toBe(0);

    // and build B's banner too: the first build served again is a new version waiting for B
    server.serve('dist');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page
      .getByRole('status')
      .filter({ hasText: bannerWords('nl').ready })
      .waitFor({ timeout: 30_000 });
    await expectBannerInBothLanguages(page);
    await screenshot(page, 'update-banner-build-b');
  }, 180_000);

  it('never reloads a fill-in page from another tab; it updates when its person leaves it', async () => {
    if (!first || !second) throw new Error('the questionnaire needs two pages');
    // a fresh profile on the open version, with two tabs: one fills in, the other is on the home page
    server.serve('dist');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tabRequests = recordRequests(context);
    // the home tab opens first, so that it has long been watching for updates when one comes
    const home = await context.newPage();
    await home.goto(server.baseUrl);
    await home.evaluate(async () => navigator.serviceWorker.ready);
    await expect
      .poll(() => home.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 10_000 })
      .toBe(true);
    const fillIn = await context.newPage();
    let fillInLoads = 0;
    fillIn.on('load', () => {
      fillInLoads += 1;
    });
    await fillIn.goto(`${server.baseUrl}#/collectives/new`);
    await fillIn.evaluate(async () => navigator.serviceWorker.ready);
    await expect
      .poll(() => fillIn.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 10_000 })
      .toBe(true);
    await fillIn.getByLabel('Naam van het collectief').fill('Buurtkracht Twee Tabs');
    await fillIn.getByRole('button', { name: 'Collectief aanmaken' }).click();
    await heading(fillIn, 'Buurtkracht Twee Tabs').waitFor();
    await startScan(fillIn, 'Scan in twee tabs');
    await addRespondent(fillIn, 'Bo');
    await choice(fillIn, first.items[0]!, 1).check();
    await savedStatus(fillIn).waitFor();
    await fillIn.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const loadsBefore = fillInLoads;

    server.serve(buildB);
    // the person goes back to the other tab, which finds the new version
    await home.bringToFront();
    await home.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    // the tab that has been open longest shows the banner in words too (its texts are in the first load)
    await home
      .getByRole('status')
      .filter({ hasText: 'Er is een nieuwe versie van de app.' })
      .waitFor({ timeout: 30_000 });
    // agreeing reloads the home tab into the new version; only then does it move on
    const reloaded = home.waitForEvent('load', { timeout: 20_000 });
    await home.getByRole('button', { name: 'Nu bijwerken' }).click();
    await reloaded;
    await home.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await home.getByText(`Versie van de app: ${nextVersion}`).waitFor({ timeout: 20_000 });

    // the fill-in tab kept its document and its answers, and still saves
    await fillIn.bringToFront();
    await choice(fillIn, first.items[0]!, 3).check();
    await savedStatus(fillIn).waitFor();
    expect(await fillIn.evaluate(() => '__sameDocument' in window)).toBe(true);
    expect(fillInLoads).toBe(loadsBefore);
    await fillIn
      .getByRole('status')
      .filter({ hasText: 'Er is een nieuwe versie van de app.' })
      .waitFor({ timeout: 10_000 });

    // leaving the fill-in page takes the new version
    await fillIn.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click();
    await fillIn.getByText(`Versie van de app: ${nextVersion}`).waitFor({ timeout: 20_000 });
    expect(fillInLoads).toBe(loadsBefore + 1);
    expect(tabRequests.outside()).toEqual([]);
    await context.close();
  }, 120_000);

  it('made no request outside 127.0.0.1', () => {
    expect(requests.outside()).toEqual([]);
  });
});
