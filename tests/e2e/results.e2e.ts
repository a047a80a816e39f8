import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCommand, selfscan } from '../support/processes';
import {
  type BrowserSession,
  artifactsDir,
  baseUrl,
  openBrowserSession,
  visitCheck,
} from './browser';

const pdfDir = join(artifactsDir, 'report');

describe('results of the example collective and its PDF report', () => {
  let session: BrowserSession;
  let page: Page;
  let pdfPath: string;

  beforeAll(async () => {
    session = await openBrowserSession({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = session.page;
    mkdirSync(pdfDir, { recursive: true });
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('opens the example from the home page and shows its result', async () => {
    await page.goto(`${baseUrl()}#/`);
    await page.getByRole('link', { name: 'Bekijk een voorbeeld' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Voorbeeld: Energiecoöperatie De Zonnewijk' })
      .waitFor();
    await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Uitkomst: Zelfscan voorjaar 2026' })
      .waitFor();
    await expect(page.getByRole('article').count()).resolves.toBe(5);
    await expect(
      page
        .getByRole('region', { name: 'Routes naar een duurzaam collectief', exact: true })
        .isVisible(),
    ).resolves.toBe(true);
    // the radar: its caption names the figure and speaks the scores; its score polygon is drawn
    const radar = page.getByRole('figure', { name: /Lijn: de score van jullie collectief/ });
    await expect(radar.getByText(/Gedeeld leiderschap: \d+; /).count()).resolves.toBe(1);
    await expect(radar.locator('svg .radar__score polygon').isVisible()).resolves.toBe(true);
    await visitCheck(page, 'results-example-nl');
  });

  it('shows the result in English as well', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Result: Zelfscan voorjaar 2026' }).waitFor();
    await visitCheck(page, 'results-example-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Uitkomst: Zelfscan voorjaar 2026' })
      .waitFor();
  });

  it('saves a PDF with the result attached, that pdftoppm renders page by page', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF-rapport' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^zelfscan-voorbeeld-energiecooperatie-de-zonnewijk-.*\.pdf$/,
    );
    pdfPath = join(pdfDir, 'example-report.pdf');
    await download.saveAs(pdfPath);
    expect(statSync(pdfPath).size).toBeGreaterThan(20_000);
    await page.getByRole('status').filter({ hasText: 'Het rapport is opgeslagen.' }).waitFor();

    const attachments = runCommand('pdfdetach', ['-list', pdfPath]);
    expect(attachments.stdout).toContain('selfscan-result.json');

    const render = runCommand('pdftoppm', ['-r', '70', '-png', pdfPath, join(pdfDir, 'page')]);
    expect(render.code).toBe(0);
    expect(readdirSync(pdfDir).filter((f) => f.startsWith('page-')).length).toBeGreaterThanOrEqual(
      6,
    );
    // the command line accepts what the browser made: attachment, digest, re-score and printed scores agree
    const verify = selfscan(['verify', '--pdfa', pdfPath]);
    expect(verify.stdout).toContain(': intact');
    expect(verify.code).toBe(0);
    // the summary page with the radar, at print resolution
    const sharp = runCommand('pdftoppm', [
      '-r',
      '300',
      '-f',
      '2',
      '-l',
      '2',
      '-png',
      pdfPath,
      join(pdfDir, 'radar-300dpi'),
    ]);
    expect(sharp.code).toBe(0);
  });

  it('prints the same scores in the PDF as on the screen', async () => {
    const text = runCommand('pdftotext', ['-layout', pdfPath, '-']).stdout;
    const rows = page.getByRole('region', { name: 'Scores' }).getByRole('row');
    const count = await rows.count();
    expect(count).toBe(6);
    for (let i = 1; i < count; i++) {
      const [title, score] = await Promise.all([
        rows.nth(i).getByRole('rowheader').innerText(),
        rows.nth(i).getByRole('cell').first().innerText(),
      ]);
      expect(text).toMatch(new RegExp(`${title.replace(/\s+/g, '\\s+')}\\s+${score}\\b`));
    }
  });

  it('prints from the browser with the scores table whole', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const scores = page.getByRole('region', { name: 'Scores' });
      // the summary is one column on paper: the table has the page's width, nothing to scroll to
      const fit = await scores.locator('table').evaluate((table) => {
        const frame = table.parentElement;
        return {
          tableWidth: table.scrollWidth,
          shownWidth: frame?.clientWidth ?? 0,
          pageWidth: document.querySelector('main')?.clientWidth ?? 0,
        };
      });
      expect(fit.tableWidth).toBeLessThanOrEqual(fit.shownWidth);
      expect(fit.shownWidth).toBeGreaterThan(fit.pageWidth * 0.9);
      await expect(
        scores.getByRole('columnheader', { name: 'Spreiding' }).isVisible(),
      ).resolves.toBe(true);
      await page.pdf({ path: join(pdfDir, 'results-printed.pdf'), format: 'A4' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  });
});
