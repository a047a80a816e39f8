import type { Page } from 'playwright-core';
import { launchBrowser, recordRequests } from '../browser';
import type { Engine, EngineProfile } from './engine';

/** Chromium through the playwright-core helpers the other e2e suites use. */
export async function startChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'chromium',
    hasStorageManager: true,
    hasOpfs: true,
    async newProfile(): Promise<EngineProfile> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const requests = recordRequests(context);
      const page: Page = await context.newPage();
      return {
        async open(url) {
          await page.goto(url);
        },
        async reload() {
          await page.reload();
        },
        // playwright's own types unbox handles; the hooks pass plain JSON only
        run: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) =>
          page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown),
        async setWidth(width) {
          await page.setViewportSize({ width, height: 844 });
          return page.evaluate(() => window.innerWidth);
        },
        async screenshot(path) {
          await page.screenshot({ path, fullPage: true });
        },
        engineRequests: () => requests.all,
        close: () => context.close(),
      };
    },
    stop: () => browser.close(),
  };
}
