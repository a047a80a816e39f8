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
import { duplicateIds } from '../support/duplicate-ids';
import { displayScore } from '../../src/domain/scoring/display';

const title = (id: string) => selfScanV1.conditions.find((c) => c.id === id)!.title.nl;
const table = (page: Page) =>
  page.getByRole('table', { name: /Aanvragen met hun scores|Applications with their scores/ });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const rowOf = (page: Page, name: string) =>
  bodyRows(page).filter({ has: page.getByRole('rowheader', { name, exact: true }) });

const countLine = (page: Page) =>
  page.getByRole('status').filter({ hasText: /voldoen aan je criteria/ });

/** Screenshot, axe, and no id twice in the page. */
async function screenCheck(page: Page, name: string): Promise<void> {
  await visitCheck(page, name);
  expect(await page.evaluate(duplicateIds, null)).toEqual([]);
}

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

  it('imports 32 files in one batch: one row per file that is not a byte copy, in Dutch', async () => {
    await page.goto(`${baseUrl()}#/funder`);
    await page.getByRole('heading', { level: 1, name: 'Financier' }).waitFor();
    await screenCheck(page, 'funder-empty');
    await page.getByLabel('Kies bestanden').setInputFiles(batch.paths);
    const summary = page.getByRole('region', { name: 'Uitkomst van het inlezen' });
    await summary.waitFor({ timeout: 30_000 });
    // the counts add up to the files read: 25 + 29 kept rows' others + 3 refused
    await expect
      .poll(() => summary.getByRole('status').textContent())
      .toMatch(
        /32 bestanden gelezen:.*Ongeschonden 25.*Veranderd 3.*Nieuwere vragenlijst 1.*Geen zelfscan 1.*Dubbel 1.*Onleesbaar 1.*29 nieuwe aanvragen/,
      );
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
      .toMatch(/Nieuwere vragenlijst.*nieuwere versie van de vragenlijst.*werk de app bij/);
    await expect
      .poll(() => line('aanvraag-01 (kopie).pdf').textContent())
      .toMatch(/Dubbel.*Precies hetzelfde bestand als aanvraag-01\.pdf/);
    // a swapped attachment: one line naming the pages, and whose result it carries
    const swapped = line('bijlage-verwisseld.pdf');
    await expect
      .poll(() => swapped.textContent())
      .toMatch(/Veranderd.*Pagina's 1–\d+ tonen een andere vingerafdruk/);
    expect(await swapped.getByText(/andere vingerafdruk/).count()).toBe(1);
    const owner = batch.results[1]!.collective.name!;
    await expect
      .poll(() => swapped.textContent())
      .toContain(`Bevat het resultaat van ${owner} (aanvraag-02.pdf)`);
    // every file that is not a byte copy has its row: 25 + printed edit, newer version, score edit, swap
    await expect.poll(() => bodyRows(page).count()).toBe(29);
    await expect.poll(() => table(page).locator('tbody .status-badge--intact').count()).toBe(25);
    const owners = bodyRows(page).filter({
      has: page.getByRole('rowheader', { name: owner, exact: true }),
    });
    await expect.poll(() => owners.count()).toBe(2);
    await expect
      .poll(() => owners.filter({ hasText: 'Veranderd' }).textContent())
      .toContain(`Bevat het resultaat van ${owner}`);
    // the edited score: the recomputed one shown, the stated 85 beside it marked as differing
    const original = batch.forged.scoreEditedOriginal;
    const edited = rowOf(page, original.collective.name!);
    const cultureColumn = await table(page)
      .locator('thead tr')
      .first()
      .locator('th')
      .allTextContents();
    const at = cultureColumn.findIndex((text) => text.includes(title('culture')));
    const cell = edited.locator('td, th').nth(at);
    const recomputed = String(displayScore(original.scores.conditions.culture!.score));
    await expect.poll(() => cell.textContent()).toBe(`${recomputed}(bestand zegt 85: klopt niet)`);
    // a newer questionnaire version shows no scores, and asks for an update, not "not intact"
    const newer = bodyRows(page).filter({ hasText: 'Nieuwere vragenlijst' });
    await expect.poll(() => newer.textContent()).toContain('werk de app bij');
    expect(await newer.textContent()).not.toMatch(/niet ongeschonden/);
    await screenCheck(page, 'funder-imported');
  });

  it('keeps the order of the files across a reload', async () => {
    const names = await table(page).locator('tbody th').allTextContents();
    await page.reload();
    await table(page).waitFor();
    await expect.poll(() => table(page).locator('tbody th').allTextContents()).toEqual(names);
    expect(names[0]).toBe(batch.results[0]!.collective.name);
    expect(names[19]).toBe(batch.results[19]!.collective.name);
  });

  it('says "al ingelezen" when the same batch is read again, and changes no status', async () => {
    const before = await table(page).locator('tbody tr').allTextContents();
    await page.getByLabel('Kies bestanden').setInputFiles(batch.paths);
    const summary = page.getByRole('region', { name: 'Uitkomst van het inlezen' });
    await expect
      .poll(() => summary.getByRole('status').textContent())
      .toMatch(
        /32 bestanden gelezen:.*Ongeschonden 26.*0 nieuwe aanvragen.*30 bestanden waren al ingelezen/,
      );
    await expect.poll(() => table(page).locator('tbody tr').allTextContents()).toEqual(before);
    // the copy of aanvraag-01 is that kept file's bytes again: read before, too
    await page.getByText('Toon de 26 ongeschonden bestanden').click();
    await expect.poll(() => summary.locator('.status-badge--read-before').count()).toBe(30);
  });

  it('words the same reasons in English after switching', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const summary = page.getByRole('region', { name: 'Outcome of the import' });
    await expect.poll(() => summary.textContent()).toMatch(/32 files read:.*Intact 26/);
    await expect.poll(() => summary.textContent()).toMatch(/The PDF shows 99 as the score for/);
    await expect.poll(() => summary.textContent()).toMatch(/no result file attached/);
    await expect.poll(() => summary.textContent()).toMatch(/newer questionnaire version/);
    await expect.poll(() => summary.textContent()).toMatch(/Carries the result of/);
    await screenCheck(page, 'funder-imported-en');
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

  it('exports the shown rows as CSV with semicolons, in Dutch words or in codes', async () => {
    const [worded] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const dutch = readFileSync(await saveDownload(worded, 'shortlist-nl.csv'), 'utf8');
    const [dutchHeader, firstLine] = dutch
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(dutchHeader!.split(';').slice(0, 3)).toEqual(['Bestand', 'Status', 'Collectief']);
    expect(dutchHeader).toContain(title('culture'));
    expect(firstLine).toContain(';Ongeschonden;');
    expect(firstLine).toMatch(/;ja;/);
    expect(dutch).not.toMatch(/;intact;|;yes;/);
    await page.getByLabel(/Als codes voor programma/).check();
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
    // in the table's order (Oogst 5 above Zonnedael 7), whichever was chosen first
    expect(await culture.getByRole('cell').allTextContents()).toEqual(['77', '95']);
    expect(await page.locator('figure.compare-radar svg .compare-radar__series').count()).toBe(2);
    expect(await page.locator('.compare-legend li').allTextContents()).toEqual([
      '● Voedselcollectief Oogst 5',
      '■ Energiecoöperatie Zonnedael 7',
    ]);
    await screenCheck(page, 'funder-compare');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(300);
    await screenCheck(page, 'funder-compare-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
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
    await screenCheck(page, 'funder-detail');
    await page.setViewportSize({ width: 360, height: 640 });
    await screenCheck(page, 'funder-detail-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: '‹ Terug naar de screening' }).click();
    await table(page).waitFor();
  });

  it('shows a changed file with the recomputed scores, the stated ones beside them', async () => {
    const original = batch.forged.scoreEditedOriginal;
    await page.getByRole('link', { name: original.collective.name!, exact: true }).click();
    const stated = page.getByRole('region', { name: /Scores: herberekend tegenover/ });
    const recomputed = String(displayScore(original.scores.conditions.culture!.score));
    const row = stated.getByRole('row', { name: new RegExp(title('culture')) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      recomputed,
      '(bestand zegt 85: klopt niet)',
    ]);
    // the results view never presents the forged 85 as the score
    expect(await page.locator('.results, main').first().textContent()).not.toMatch(
      /Score: 85 van 100/,
    );
    await screenCheck(page, 'funder-detail-changed');
    await page.getByRole('link', { name: '‹ Terug naar de screening' }).click();
    await table(page).waitFor();
  });

  it('works at 360 px: a card per applicant, the table one tap away, the name kept in view', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    const cards = page.locator('.applicant-card');
    await expect.poll(() => cards.count()).toBe(29);
    await expect
      .poll(() => cards.first().textContent())
      .toContain(batch.results[0]!.collective.name!);
    await screenCheck(page, 'funder-cards-phone');
    await page.getByRole('button', { name: 'Toon als tabel' }).click();
    const region = page.getByRole('region', { name: 'Tabel: Aanvragen (schuift opzij)' });
    const sizes = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    // scrolled to the far right, the name column is still where it was
    const name = table(page).locator('tbody th').first();
    const left = await name.evaluate((el) => el.getBoundingClientRect().left);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => name.evaluate((el) => el.getBoundingClientRect().left)).toBe(left);
    await screenCheck(page, 'funder-phone');
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
    expect(saved.applicants).toHaveLength(29);

    const other = await launchBrowser();
    const context = await other.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(context);
    const fresh = await context.newPage();
    try {
      await fresh.goto(`${baseUrl()}#/funder`);
      await fresh.getByText(/Nog geen aanvragen ingelezen/).waitFor();
      await fresh.getByLabel('Open een bewaarde screening').setInputFiles(screeningPath);
      await fresh.getByText(/29 aanvragen toegevoegd/).waitFor();
      await expect.poll(() => bodyRows(fresh).count()).toBe(29);
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
    await expect.poll(() => bodyRows(page).count()).toBe(29);
  });
});
