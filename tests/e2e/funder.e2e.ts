import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import {
  artifactsDir,
  baseUrl,
  launchBrowser,
  openBrowserSession,
  recordRequests,
  screenshot,
  visitCheck,
  type BrowserSession,
} from './browser';
import { writeFunderBatch, type FunderBatch } from './support/funder-files';
import { selfScanV1 } from '../support/questionnaires';

const title = (id: string) => selfScanV1.conditions.find((c) => c.id === id)!.title.nl;
const table = (page: Page) =>
  page.getByRole('table', { name: /Aanvragen met hun scores|Applications with their scores/ });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const rowOf = (page: Page, name: string) =>
  bodyRows(page).filter({ has: page.getByRole('rowheader', { name, exact: true }) });

const countLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /voldoen aan je criteria/ });

async function saveDownload(download: Download, name: string): Promise<string> {
  const path = join(artifactsDir, 'funder', name);
  await download.saveAs(path);
  return path;
}

describe('the funder screens a batch of applications', { timeout: 240_000 }, () => {
  let session: BrowserSession;
  let page: Page;
  let batch: FunderBatch;
  let screeningPath: string;

  beforeAll(async () => {
    batch = await writeFunderBatch(join(artifactsDir, 'funder', 'batch'));
    session = await openBrowserSession({ acceptDownloads: true });
    page = session.page;
    // rendering 20 report PDFs in Node takes minutes on a busy shared machine
  }, 600_000);

  afterAll(async () => {
    expect(session?.requests.outside()).toEqual([]);
    await session?.browser.close();
  });

  it('imports 29 files in one batch: 25 intact and 4 with their own reason, in Dutch', async () => {
    await page.goto(`${baseUrl()}#/funder`);
    await page.getByRole('heading', { level: 1, name: 'Financier' }).waitFor();
    await visitCheck(page, 'funder-empty');
    await page.getByLabel('Kies bestanden').setInputFiles(batch.paths);
    const summary = page.getByRole('region', { name: 'Uitkomst van het inlezen' });
    await summary.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => summary.getByRole('status').textContent())
      .toContain('29 bestanden gelezen: 25 ongeschonden.');
    const problems = summary.getByRole('table', { name: 'Bestanden die aandacht vragen' });
    const line = (name: string) =>
      problems.locator('tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect
      .poll(() => line('score-aangepast.pdf').textContent())
      .toMatch(/Veranderd.*De pdf toont 99 als score voor/);
    await expect
      .poll(() => line('begroting.pdf').textContent())
      .toMatch(/Geen zelfscan.*geen resultaatbestand als bijlage/);
    await expect.poll(() => line('half-verstuurd.pdf').textContent()).toMatch(/Onleesbaar/);
    await expect
      .poll(() => line('nieuwe-versie.result.json').textContent())
      .toMatch(/Onbekende vragenlijst.*versie 9\.9\.9/);
    // readable ones are kept, the changed one and the unknown version marked as such
    await expect.poll(() => bodyRows(page).count()).toBe(27);
    await expect.poll(() => table(page).locator('tbody .status-badge--intact').count()).toBe(25);
    await visitCheck(page, 'funder-imported');
  });

  it('words the same reasons in English after switching', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const summary = page.getByRole('region', { name: 'Outcome of the import' });
    await expect.poll(() => summary.textContent()).toContain('29 files read: 25 intact.');
    await expect.poll(() => summary.textContent()).toMatch(/The PDF shows 99 as the score for/);
    await expect.poll(() => summary.textContent()).toMatch(/no result file attached/);
    await expect.poll(() => summary.textContent()).toMatch(/does not know version 9\.9\.9/);
    await visitCheck(page, 'funder-imported-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aanvragen' }).waitFor();
  });

  it('sets two criteria and shows pass or fail with the reasons', async () => {
    await page.getByText('Jouw criteria').click();
    await page.getByLabel(title('culture'), { exact: true }).fill('60');
    await page.getByLabel('Past bij minstens één route naar duurzaamheid').check();
    await page.getByRole('button', { name: 'Criteria opslaan' }).click();
    // passing: the copies of Binnenhof (culture 83, B), Oogst (77, A) and Zonnedael (95, A+B): 4 + 3 + 3
    await expect.poll(() => countLine(page).textContent()).toContain('10 voldoen');
    await expect
      .poll(() => rowOf(page, 'Voedselcollectief Oogst 5').textContent())
      .toMatch(/Voldoet(?! niet)/);
    const hoogland = rowOf(page, 'Zorgcoöperatie Hoogland 3');
    await expect.poll(() => hoogland.textContent()).toMatch(/Voldoet niet/);
    expect(await hoogland.locator('.fail-list li').count()).toBe(2);
    await page.getByRole('combobox', { name: 'Filter op Criteria' }).selectOption('pass');
    await expect.poll(() => bodyRows(page).count()).toBe(10);
    await screenshot(page, 'funder-criteria');
  });

  it('exports the shown rows as CSV with semicolons', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync(await saveDownload(download, 'shortlist.csv'), 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const [header, ...lines] = text.trim().split('\r\n');
    const columns = header!.split(';');
    expect(columns.slice(0, 3)).toEqual(['file', 'status', 'collective']);
    expect(lines).toHaveLength(10);
    const at = (line: string, column: string) => line.split(';')[columns.indexOf(column)];
    expect(lines.map((l) => at(l, 'passes'))).toEqual(Array(10).fill('yes'));
    expect(lines.map((l) => at(l, 'status'))).toEqual(Array(10).fill('intact'));
    expect(lines.map((l) => at(l, 'collective')).sort()).toContain('Voedselcollectief Oogst 5');
  });

  it('compares two applicants on one radar and in a table', async () => {
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page
      .getByRole('checkbox', { name: 'Voedselcollectief Oogst 5 kiezen om te vergelijken' })
      .check();
    await page
      .getByRole('checkbox', { name: 'Energiecoöperatie Zonnedael 7 kiezen om te vergelijken' })
      .check();
    await page.getByRole('button', { name: 'Vergelijk (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanvragen vergelijken' }).waitFor();
    const scores = page.getByRole('table', { name: 'Scores naast elkaar' });
    const culture = scores.getByRole('row', { name: new RegExp(title('culture')) });
    expect(await culture.getByRole('cell').allTextContents()).toEqual(['77', '95']);
    expect(await page.locator('.recharts-radar').count()).toBe(2);
    await visitCheck(page, 'funder-compare');
  });

  it('opens one applicant with the findings on top of the results view', async () => {
    await page.getByRole('link', { name: 'Voedselcollectief Oogst 5' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voedselcollectief Oogst 5' }).waitFor();
    await page
      .getByRole('region', { name: 'Controle van het bestand' })
      .getByText('Ongeschonden')
      .waitFor();
    await page
      .getByRole('region', { name: 'Routes naar een duurzaam collectief', exact: true })
      .waitFor();
    await page.getByLabel('Jouw notitie').fill('Sterke wijkverankering; bellen over de begroting.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Opgeslagen', { exact: true }).waitFor();
    await visitCheck(page, 'funder-detail');
    await page.getByRole('link', { name: '‹ Terug naar de screening' }).click();
    await table(page).waitFor();
  });

  it('works at 360 px: the table scrolls inside its own named box', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    const region = page.getByRole('region', { name: 'Tabel: Aanvragen (schuift opzij)' });
    const sizes = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    await visitCheck(page, 'funder-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('saves the screening and opens it again in a fresh profile', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaar screening (JSON)' }).click(),
    ]);
    screeningPath = await saveDownload(download, 'screening.json');
    const saved = JSON.parse(readFileSync(screeningPath, 'utf8')) as {
      format: string;
      applicants: unknown[];
    };
    expect(saved.format).toBe('ck-screening');
    expect(saved.applicants).toHaveLength(27);

    const other = await launchBrowser();
    const context = await other.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(context);
    const fresh = await context.newPage();
    try {
      await fresh.goto(`${baseUrl()}#/funder`);
      await fresh.getByText(/Nog geen aanvragen ingelezen/).waitFor();
      await fresh.getByLabel('Open een bewaarde screening').setInputFiles(screeningPath);
      await fresh.getByText(/27 aanvragen toegevoegd/).waitFor();
      await expect.poll(() => bodyRows(fresh).count()).toBe(27);
      await expect.poll(() => countLine(fresh).textContent()).toContain('10 voldoen');
      const before = await table(page).locator('tbody th').allTextContents();
      const after = await table(fresh).locator('tbody th').allTextContents();
      expect(after.sort()).toEqual(before.sort());
      await fresh.getByRole('link', { name: 'Voedselcollectief Oogst 5' }).click();
      await expect
        .poll(() => fresh.getByLabel('Jouw notitie').inputValue())
        .toContain('Sterke wijkverankering');
      expect(requests.outside()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses a file that is not a saved screening, in Dutch, and writes nothing', async () => {
    await page.getByLabel('Open een bewaarde screening').setInputFiles(batch.bad.unknownVersion);
    await page
      .getByRole('alert')
      .filter({ hasText: 'nieuwe-versie.result.json is geen bewaarde screening.' })
      .waitFor();
    await expect.poll(() => bodyRows(page).count()).toBe(27);
  });
});
