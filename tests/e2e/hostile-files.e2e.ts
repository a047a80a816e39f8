// Hostile PDFs (zip bombs, cycles, 10,000 pages, a looping xref) chosen together with two intact
// reports in the Financier page: the batch finishes, the intact ones are intact, every hostile one is
// unreadable with its own reason, the page stays responsive, and only the two applicants are stored.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowserSession, visitCheck, type BrowserSession } from './browser';
import { hostilePdfs, writeHostileBatch } from '../support/hostile-files';
import { databaseName } from './support/idb';

describe('hostile files in the Financier page', { timeout: 180_000 }, () => {
  let session: BrowserSession;
  let page: Page;
  let batch: { batch: string; intact: string[] };
  let longestDuringScreening = Number.NaN;

  beforeAll(async () => {
    batch = await writeHostileBatch();
    session = await openBrowserSession();
    page = session.page;
    await page.addInitScript(() => {
      const longest = { ms: 0 };
      Object.assign(window, { longestTask: longest });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
  }, 180_000);

  afterAll(async () => {
    expect(session?.requests.outside()).toEqual([]);
    await session?.browser.close();
  });

  it('screens the intact reports and refuses every hostile one with its reason, within 30 s', async () => {
    await page.goto(`${baseUrl()}#/funder`);
    await page.getByRole('heading', { level: 1, name: 'Financier' }).waitFor();
    const files = readdirSync(batch.batch).map((name) => join(batch.batch, name));
    expect(files).toHaveLength(hostilePdfs.length + 2);
    // from here on: the screening, not the page's own start (or axe's check afterwards)
    await page.evaluate(() => {
      (window as unknown as { longestTask: { ms: number } }).longestTask.ms = 0;
    });
    const started = Date.now();
    await page.getByLabel('Kies bestanden').setInputFiles(files);
    const summary = page.getByRole('region', { name: 'Uitkomst van het inlezen' });
    await summary.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => summary.getByRole('status').textContent(), { timeout: 30_000 })
      .toContain(`${files.length} bestanden gelezen`);
    const counts = (await summary.getByRole('status').textContent()) ?? '';
    expect(counts).toContain('Ongeschonden 2');
    expect(counts).toContain(`Onleesbaar ${hostilePdfs.length}`);
    expect(Date.now() - started).toBeLessThan(30_000);
    longestDuringScreening = await page.evaluate(
      () => (window as unknown as { longestTask: { ms: number } }).longestTask.ms,
    );
    const problems = summary.getByRole('table', { name: 'Bestanden die aandacht vragen' });
    for (const hostile of hostilePdfs) {
      const line = problems
        .locator('tr')
        .filter({ has: page.getByRole('rowheader', { name: hostile.name, exact: true }) });
      const text = (await line.textContent()) ?? '';
      expect(text, hostile.name).toContain('Onleesbaar');
      expect(text, hostile.name).toContain(hostile.nl);
    }
    await visitCheck(page, 'funder-hostile');
  });

  it('kept the page responsive while screening: no main-thread task over 200 ms', () => {
    expect(longestDuringScreening).toBeLessThanOrEqual(200);
  });

  it('stored exactly the two intact applicants', async () => {
    const applicants = await page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('applicants').objectStore('applicants').getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows.map((row) => (row as { fileName: string; status: string }).fileName);
    }, databaseName);
    expect(applicants.sort()).toEqual([...batch.intact].sort());
  });
});
