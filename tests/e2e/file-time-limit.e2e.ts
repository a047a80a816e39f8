// A file that honestly takes long to read (an intact report whose pages hold 4 MB of one-letter text
// pieces each: within every limit, tens of seconds to lay out) between two intact reports in the
// Financier page. The page names it while it runs; past the time limit it is unreadable ("kostte te
// veel tijd"), its helper is terminated and a fresh one screens the file after it. The limit is the
// test route's 6 s (`#/funder?fileTimeLimitMs=6000`, README "Funder screening"), so the test waits
// less than the real 10 s, and the slow file is well over it on any machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { slowReportPdf } from '../../scripts/make-hostile-fixtures';
import { fixtureResult } from '../support/fixture-results';
import { baseName, otherName, reportPdf, resigned } from '../support/screening-fixtures';
import { baseUrl, openBrowserSession, visitCheck, type BrowserSession } from './browser';

const slowName = 'traag-rapport.pdf';

describe('a file over the time limit in the Financier page', { timeout: 180_000 }, () => {
  let session: BrowserSession;
  let page: Page;
  let paths: string[];
  let workersStarted = 0;

  beforeAll(async () => {
    const dir = join(tmpdir(), 'ck-file-time-limit');
    mkdirSync(dir, { recursive: true });
    const files: [string, Uint8Array][] = [
      ['aanvraag-oogst.pdf', await reportPdf({ result: await resigned(fixtureResult(baseName)) })],
      [slowName, slowReportPdf()],
      [
        'aanvraag-zonnedael.pdf',
        await reportPdf({ result: await resigned(fixtureResult(otherName)) }),
      ],
    ];
    paths = files.map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    session = await openBrowserSession();
    page = session.page;
    page.on('worker', () => (workersStarted += 1));
  }, 120_000);

  afterAll(async () => {
    expect(session?.requests.outside()).toEqual([]);
    await session?.browser.close();
  });

  it('names the slow file while it runs, gives it up at the limit, and finishes the rest', async () => {
    await page.goto(`${baseUrl()}#/funder?fileTimeLimitMs=6000`);
    await page.getByRole('heading', { level: 1, name: 'Financier' }).waitFor();
    const before = workersStarted;
    await page.getByLabel('Kies bestanden').setInputFiles(paths);
    // progress stands still on the slow file: the page says which and for how long
    const note = page.getByText(new RegExp(`^Nog bezig met ${slowName} \\(\\d+ s\\)`));
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toContain(
      'meer dan 6 s kost, wordt als onleesbaar overgeslagen',
    );
    await visitCheck(page, 'funder-slow-file-running');

    const summary = page.getByRole('region', { name: 'Uitkomst van het inlezen' });
    await summary.waitFor({ timeout: 60_000 });
    const counts = (await summary.getByRole('status').textContent()) ?? '';
    expect(counts).toContain('3 bestanden gelezen');
    expect(counts).toContain('Ongeschonden 2');
    expect(counts).toContain('Onleesbaar 1');
    const line = summary
      .getByRole('table', { name: 'Bestanden die aandacht vragen' })
      .locator('tr')
      .filter({ has: page.getByRole('rowheader', { name: slowName, exact: true }) });
    expect(await line.textContent()).toContain(
      'Dit bestand kostte te veel tijd om te lezen (meer dan 6 seconden)',
    );
    // the coordinating worker, its one helper, and the fresh helper that took the last file
    expect(workersStarted - before).toBeGreaterThanOrEqual(3);
    expect(await page.getByText(/^Nog bezig met/).count()).toBe(0);
    await visitCheck(page, 'funder-slow-file-done');
  });

  it('lists both intact reports as applicants, and the slow one not', async () => {
    const table = page.getByRole('table', { name: 'Aanvragen met hun scores' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toContain(slowName);
    expect(await table.locator('tbody tr').count()).toBe(2);
  });
});
