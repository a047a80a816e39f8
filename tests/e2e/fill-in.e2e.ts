import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, recordRequests, visitCheck } from './browser';
import {
  answerByKeyboard,
  checkedIndex,
  expectResumedAt,
  hasFocusInside,
  heading,
  idFromUrl,
  question,
  savedStatus,
  tabToAndPress,
  valueOf,
  type RespondentRef,
} from './support/app';
import { storedAnswers } from './support/idb';
import { plannedChoice, respondentItems, respondentPages } from './support/questionnaire';

const collectiveName = 'Bewonersbedrijf De Toetsenbordwijk';
const scanLabel = 'Zelfscan voorjaar 2027';
const respondentName = 'Fatima';
const total = respondentItems.length;
const plan = new Map(respondentItems.map((item, index) => [item.id, plannedChoice(item, index)]));
const planned = (id: string) => plan.get(id) ?? -1;
// the reload happens after these pages and the first three items of the next one
const pagesBeforeReload = 3;
const itemsBeforeReload = respondentItems.filter((_item, i) => {
  const answeredOnFullPages = respondentPages
    .slice(0, pagesBeforeReload)
    .reduce((n, p) => n + p.items.length, 0);
  return i < answeredOnFullPages + 3;
});
const resumeItem = respondentItems[itemsBeforeReload.length];

function expectedAnswers(items: typeof respondentItems): Record<string, unknown> {
  return Object.fromEntries(items.map((item) => [item.id, valueOf(item, planned(item.id))]));
}

describe('filling in a scan with the keyboard alone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let collectiveId = '';
  let respondent: RespondentRef;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    requests = recordRequests(context);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Answers the given items of the current page by keyboard, screenshots, then Tab + Enter on. */
  async function answerPage(pageIndex: number, items = respondentPages[pageIndex]?.items ?? []) {
    const current = respondentPages[pageIndex];
    if (!current) throw new Error(`no page ${pageIndex}`);
    expect(page.url()).toContain(`${respondent.basePath}/${current.id}`);
    for (const item of items) await answerByKeyboard(page, item, planned(item.id));
    await savedStatus(page).waitFor();
    await visitCheck(page, `fill-in-page-${pageIndex + 1}-${current.id}-answered`);
  }

  async function goNextByKeyboard(pageIndex: number) {
    const isLast = pageIndex === respondentPages.length - 1;
    await tabToAndPress(page, isLast ? 'Naar controleren' : 'Volgende');
    const next = respondentPages[pageIndex + 1];
    await page.waitForURL((url) => url.hash.endsWith(next ? `/${next.id}` : '/review'));
    // the new page's heading takes focus, so the next Tab lands in its first question
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
  }

  it('creates a collective through the form, after an inline error for the missing name', async () => {
    await page.goto(`${baseUrl()}#/collectives`);
    await heading(page, 'Mijn collectief').waitFor();
    await visitCheck(page, 'fill-in-01-collectives-empty');
    await page.getByRole('link', { name: 'Nieuw collectief' }).click();
    await heading(page, 'Nieuw collectief').waitFor();
    await visitCheck(page, 'fill-in-02-new-collective');

    await page.getByRole('button', { name: 'Collectief aanmaken' }).click();
    const name = page.getByLabel('Naam van het collectief');
    await page.getByText('Vul de naam van het collectief in.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await visitCheck(page, 'fill-in-03-new-collective-error');

    await name.fill(collectiveName);
    await page.getByLabel('Gemeente', { exact: true }).fill('Zwolle');
    await page.getByLabel('Opgericht in (jaar)').fill('2016');
    await page.keyboard.press('Enter');
    await heading(page, collectiveName).waitFor();
    collectiveId = idFromUrl(page.url(), /#\/collectives\/([^/]+)$/);
    await expect(page.getByText('Er is nog geen scan gestart.').count()).resolves.toBe(1);
    await visitCheck(page, 'fill-in-04-collective');

    await page.goto(`${baseUrl()}#/collectives`);
    await page
      .getByRole('list', { name: 'Collectieven op dit apparaat' })
      .getByRole('link', { name: collectiveName })
      .waitFor();
  });

  it('starts a scan and adds a respondent, who lands on the first question', async () => {
    await page.goto(`${baseUrl()}#/collectives/${collectiveId}`);
    await page.getByRole('button', { name: 'Nieuwe scan starten' }).click();
    await page.getByRole('form', { name: 'Nieuwe scan' }).waitFor();
    await page.getByLabel('Naam van deze scan').fill(scanLabel);
    await visitCheck(page, 'fill-in-05-new-scan');
    await page.getByRole('button', { name: 'Scan starten' }).click();
    await heading(page, scanLabel).waitFor();
    await expect(page.getByText('Nog niemand.', { exact: false }).count()).resolves.toBe(1);
    await visitCheck(page, 'fill-in-06-scan');

    await page.getByLabel('Naam of bijnaam').fill(respondentName);
    await page.keyboard.press('Enter');
    await heading(page, `Vragenlijst van ${respondentName}`).waitFor();
    const match = /#\/scans\/([^/]+)\/respond\/([^/]+)/.exec(page.url());
    const [scanId, responseId] = [match?.[1] ?? '', match?.[2] ?? ''];
    respondent = { scanId, responseId, basePath: `#/scans/${scanId}/respond/${responseId}` };
    const first = respondentItems[0];
    if (!first) throw new Error('the questionnaire has no respondent items');
    await expectResumedAt(page, respondent, first);
    await expect(page.getByText(`0 van ${total} vragen beantwoord`).count()).resolves.toBe(1);
    await visitCheck(page, 'fill-in-07-first-page');
  });

  it('answers the first pages with the keyboard; after a reload every answer is still there', async () => {
    for (let p = 0; p < pagesBeforeReload; p += 1) {
      await answerPage(p);
      await goNextByKeyboard(p);
    }
    const partial = respondentPages[pagesBeforeReload];
    if (!partial || !resumeItem) throw new Error('the questionnaire is too short for this test');
    await answerPage(pagesBeforeReload, partial.items.slice(0, 3));
    const expected = expectedAnswers(itemsBeforeReload);
    await expect.poll(() => storedAnswers(page, respondent.responseId)).toEqual(expected);

    await page.reload();
    await heading(page, `Vragenlijst van ${respondentName}`).waitFor();
    await expect(
      page.getByText(`${itemsBeforeReload.length} van ${total} vragen beantwoord`).count(),
    ).resolves.toBe(1);
    await visitCheck(page, 'fill-in-08-after-reload');
    for (const p of respondentPages.slice(0, pagesBeforeReload + 1)) {
      await page.goto(`${baseUrl()}${respondent.basePath}/${p.id}`);
      await question(page, p.items[0]!).waitFor();
      for (const item of p.items) {
        const wanted = itemsBeforeReload.includes(item) ? planned(item.id) : -1;
        expect(await checkedIndex(page, item), `${item.id} after reload`).toBe(wanted);
      }
    }

    await page.goto(`${baseUrl()}${respondent.basePath}`);
    await expectResumedAt(page, respondent, resumeItem);
    await visitCheck(page, 'fill-in-09-resumed');
  });

  it('lists what is still open on the review page, with links straight to the question', async () => {
    await page.goto(`${baseUrl()}${respondent.basePath}/review`);
    await heading(page, 'Controleren', 2).waitFor();
    const open = total - itemsBeforeReload.length;
    await page.getByText(`Nog ${open} vragen zijn niet beantwoord.`, { exact: false }).waitFor();
    const list = page.getByRole('list', { name: 'Open vragen' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(open);
    await visitCheck(page, 'fill-in-10-review-open');
    await tabToAndPress(page, resumeItem!.text);
    await expectResumedAt(page, respondent, resumeItem!);
  });

  it('answers the rest with the keyboard and the review shows nothing open', async () => {
    const partial = respondentPages[pagesBeforeReload]!;
    expect(await hasFocusInside(question(page, resumeItem!))).toBe(true);
    await answerPage(pagesBeforeReload, partial.items.slice(3));
    await goNextByKeyboard(pagesBeforeReload);
    for (let p = pagesBeforeReload + 1; p < respondentPages.length; p += 1) {
      await answerPage(p);
      await goNextByKeyboard(p);
    }
    expect(page.url()).toContain(`${respondent.basePath}/review`);
    await page.getByText('Alle vragen zijn beantwoord. Dank je wel!').waitFor();
    await expect(page.getByRole('list', { name: 'Open vragen' }).count()).resolves.toBe(0);
    await expect(page.getByText(`${total} van ${total} vragen beantwoord`).count()).resolves.toBe(
      1,
    );
    await visitCheck(page, 'fill-in-11-review-done');
    await expect
      .poll(() => storedAnswers(page, respondent.responseId))
      .toEqual(expectedAnswers(respondentItems));
  });

  it('goes back to the scan with the keyboard and closes it; answers become read-only', async () => {
    await tabToAndPress(page, 'Terug naar de scan');
    await heading(page, scanLabel).waitFor();
    await page.getByText(`${total} van ${total} vragen beantwoord`).waitFor();
    await visitCheck(page, 'fill-in-12-scan-complete');
    await tabToAndPress(page, 'Scan afsluiten');
    await heading(page, 'Deze scan is afgesloten', 2).waitFor();
    await page.getByText('Afgesloten', { exact: false }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Scan afsluiten' }).count()).resolves.toBe(0);
    await visitCheck(page, 'fill-in-13-scan-closed');

    await page.getByRole('link', { name: `Antwoorden van ${respondentName} bekijken` }).click();
    await heading(page, `Vragenlijst van ${respondentName}`).waitFor();
    await page.getByRole('status').filter({ hasText: 'Alleen lezen' }).waitFor();
    await page.goto(`${baseUrl()}${respondent.basePath}/${respondentPages[2]!.id}`);
    await page
      .getByText('Deze scan is afgesloten. Je kunt de antwoorden bekijken, niet veranderen.')
      .waitFor();
    for (const item of respondentPages[2]!.items) {
      expect(await checkedIndex(page, item)).toBe(planned(item.id));
      const radios = question(page, item).getByRole('radio');
      expect(
        await radios.evaluateAll((rs) => rs.every((r) => (r as HTMLInputElement).disabled)),
      ).toBe(true);
    }
    await visitCheck(page, 'fill-in-14-read-only');
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.all.length).toBeGreaterThan(0);
    expect(requests.outside()).toEqual([]);
  });
});
