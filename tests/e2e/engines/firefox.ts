import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Engine, EngineProfile } from './engine';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function profileOf(page: Page, close: () => Promise<void>): EngineProfile {
  const requests: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  return {
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    // puppeteer's own types flatten handles; the hooks pass plain JSON only
    run: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>,
    async setWidth(width) {
      // puppeteer sends the screen's orientation beside the viewport, a WebDriver BiDi command
      // Firefox ESR 140.12 does not know. Its refusal can come back before the viewport command is
      // done (the two go out together), so on that refusal wait for the width to arrive; the test
      // asserts the width read back either way
      const refused = await page.setViewport({ width, height: 844 }).then(
        () => false,
        (error: unknown) => {
          if (!String(error).includes('setScreenOrientationOverride')) throw error;
          return true;
        },
      );
      // polled from here: puppeteer's waitForFunction builds its predicate with `new Function` in
      // the page, which the app's Content-Security-Policy refuses (and the suite would record)
      for (let tries = 0; refused && tries < 50; tries += 1) {
        if ((await page.evaluate(() => window.innerWidth)) === width) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return page.evaluate(() => window.innerWidth);
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    engineRequests: () => requests,
    close,
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi: no geckodriver needed. */
export async function startFirefox(): Promise<Engine> {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `The engines suite needs Firefox ESR at ${firefoxPath}: apt-get install -y firefox-esr`,
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'ck-firefox-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
  });
  let isFirst = true;
  return {
    name: 'firefox',
    hasStorageManager: true,
    hasOpfs: true,
    async newProfile() {
      // the first profile is the browser's own; every further one an isolated context of its own
      const context = isFirst
        ? browser.defaultBrowserContext()
        : await browser.createBrowserContext();
      const page = await context.newPage();
      const wasFirst = isFirst;
      isFirst = false;
      return profileOf(page, async () => {
        await page.close();
        if (!wasFirst) await context.close();
      });
    },
    async stop() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
