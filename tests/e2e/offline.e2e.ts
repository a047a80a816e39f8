import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchPersistent, recordRequests, screenshot } from './browser';

describe('offline after the first visit', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'ck-offline-'));
    context = await launchPersistent(profile);
    requests = recordRequests(context);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('installs its service worker on the first visit', async () => {
    await page.goto(`${baseUrl()}#/`);
    await page
      .getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' })
      .waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(baseUrl());
  });

  it('precaches every chunk of every section, and the report fonts', async () => {
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
      string,
      { file: string }
    >;
    // jsPDF's optional html2canvas / canvg / purify chunks are never used (vite.config.ts)
    const unused = /html2canvas|purify|index\.es-/;
    const chunks = Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => !unused.test(file));
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
      }
      return urls;
    });
    const missing = chunks.filter((file) => !cached.some((url) => url.endsWith(file)));
    expect(missing).toEqual([]);
    expect(cached.filter((url) => /Inter_\w+\.subset-[\w-]+\.ttf$/.test(url))).toHaveLength(2);
  });

  it('opens, shows the example and its result with the network cut off', async () => {
    await context.setOffline(true);
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' })
      .waitFor();
    await page.getByRole('link', { name: 'Bekijk een voorbeeld' }).click();
    await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Uitkomst: Zelfscan voorjaar 2026' })
      .waitFor();
    await screenshot(page, 'offline-results');
    // the PDF's code and fonts come from the precache too
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF-rapport' }).click(),
    ]);
    const pdf = readFileSync((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it.each([
    ['collectives', 'Mijn collectief'],
    ['collectives/new', 'Nieuw collectief'],
    ['questionnaires', /Vragenlijst/],
    ['settings', 'Instellingen'],
    ['funder', 'Financier'],
    ['research', 'Onderzoek'],
    ['respond', /./],
  ])('opens #/%s with the network still cut off', async (path, title) => {
    await page.goto(`${baseUrl()}#/${path}`);
    await page.getByRole('heading', { level: 1, name: title }).first().waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('is back online for the rest of the suite', async () => {
    await context.setOffline(false);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.outside()).toEqual([]);
  });
});
