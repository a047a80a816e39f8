import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, recordRequests } from './browser';
import {
  checkedIndex,
  heading,
  idFromUrl,
  question,
  savedStatus,
  valueOf,
  type RespondentRef,
} from './support/app';
import { storedAnswers } from './support/idb';
import { checkPhoneScreen } from './support/phone';
import { plannedChoice, respondentItems, respondentPages } from './support/questionnaire';

const phone = {
  viewport: { width: 360, height: 640 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  acceptDownloads: true,
};
const total = respondentItems.length;
const planned = (id: string) =>
  plannedChoice(
    respondentItems.find((i) => i.id === id)!,
    respondentItems.findIndex((i) => i.id === id),
  );

describe('the whole fill-in flow on a 360×640 phone, by tapping', () => {
  let browser: Browser;
  let coordinator: BrowserContext;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>[] = [];
  const problems: string[] = [];
  let respondent: RespondentRef;
  let invitationPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await browser.newContext(phone);
    requests = [recordRequests(coordinator)];
    page = await coordinator.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Taps every answer of every page, checking the chosen screens, and ends on the review page. */
  async function answerAllByTapping(
    p: Page,
    prefix: string,
    base: string,
    isChecked: (pageIndex: number) => boolean,
  ) {
    for (const [index, fillInPage] of respondentPages.entries()) {
      await p.waitForURL((url) => url.hash.startsWith(`${base}/${fillInPage.id}`));
      await question(p, fillInPage.items[0]!).waitFor();
      for (const item of fillInPage.items) {
        const wanted = planned(item.id);
        await question(p, item).getByText(item.choices[wanted]!, { exact: true }).tap();
        expect(await checkedIndex(p, item), `${prefix} ${item.id}`).toBe(wanted);
      }
      await savedStatus(p).waitFor();
      if (isChecked(index)) {
        await checkPhoneScreen(p, `${prefix}-page-${index + 1}-${fillInPage.id}`, problems);
      }
      const isLast = index === respondentPages.length - 1;
      await p.getByRole('link', { name: isLast ? 'Naar controleren' : 'Volgende' }).tap();
    }
    await p.waitForURL((url) => url.hash === `${base}/review`);
    await p.getByText('Alle vragen zijn beantwoord. Dank je wel!').waitFor();
    await checkPhoneScreen(p, `${prefix}-review`, problems);
  }

  it('a coordinator sets up a collective, scan and respondent on the phone', async () => {
    await page.goto(baseUrl());
    await heading(page, 'Hoe sterk staat jullie collectief?').waitFor();
    await checkPhoneScreen(page, 'phone-01-home', problems);
    await page.getByRole('link', { name: 'Start met je collectief' }).tap();
    await heading(page, 'Mijn collectief').waitFor();
    await checkPhoneScreen(page, 'phone-02-collectives', problems);
    await page.getByRole('link', { name: 'Nieuw collectief' }).tap();
    await heading(page, 'Nieuw collectief').waitFor();
    await checkPhoneScreen(page, 'phone-03-new-collective', problems);
    await page.getByLabel('Naam van het collectief').fill('Dorpsonderneming Klein Scherm');
    await page.getByRole('button', { name: 'Collectief aanmaken' }).tap();
    await heading(page, 'Dorpsonderneming Klein Scherm').waitFor();
    await checkPhoneScreen(page, 'phone-04-collective', problems);
    await page.getByRole('button', { name: 'Nieuwe scan starten' }).tap();
    await page.getByLabel('Naam van deze scan').fill('Zelfscan op de telefoon');
    await checkPhoneScreen(page, 'phone-05-new-scan', problems);
    await page.getByRole('button', { name: 'Scan starten' }).tap();
    await heading(page, 'Zelfscan op de telefoon').waitFor();
    await checkPhoneScreen(page, 'phone-06-scan', problems);
    await page.getByLabel('Naam of bijnaam').fill('Noor');
    await page.getByRole('button', { name: 'Toevoegen en beginnen' }).tap();
    await heading(page, 'Vragenlijst van Noor').waitFor();
    const url = page.url();
    const scanId = idFromUrl(url, /#\/scans\/([^/]+)\/respond\//);
    const responseId = idFromUrl(url, /\/respond\/([^/]+)\//);
    respondent = { scanId, responseId, basePath: `#/scans/${scanId}/respond/${responseId}` };
  });

  it('a respondent answers every item by tapping, on every page of the flow', async () => {
    await answerAllByTapping(page, 'phone-07-fill-in', respondent.basePath, () => true);
    await expect
      .poll(() => storedAnswers(page, respondent.responseId))
      .toEqual(Object.fromEntries(respondentItems.map((i) => [i.id, valueOf(i, planned(i.id))])));
    await page.getByRole('link', { name: 'Terug naar de scan' }).tap();
    await page.getByText(`${total} van ${total} vragen beantwoord`).first().waitFor();
    await checkPhoneScreen(page, 'phone-08-scan-complete', problems);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Uitnodigingsbestand downloaden' }).tap();
    invitationPath = await (await download).path();
  });

  it('a respondent with an invitation answers everything on their own phone', async () => {
    expect(JSON.parse(readFileSync(invitationPath, 'utf8'))).toMatchObject({
      format: 'ck-invitation',
      scanId: respondent.scanId,
    });
    const own = await browser.newContext(phone);
    requests.push(recordRequests(own));
    const p = await own.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${baseUrl()}#/respond`);
    await heading(p, 'Invullen met een uitnodiging').waitFor();
    await checkPhoneScreen(p, 'phone-09-open-invitation', problems);
    await p.getByLabel('Uitnodigingsbestand kiezen').setInputFiles(invitationPath);
    await heading(p, 'Zelfscan op de telefoon').waitFor();
    // a member starts on a welcome (whose scan, how long), then the questions
    await p.getByRole('button', { name: 'Beginnen' }).tap();
    // the same pages in another frame: the first, a first statement page and the review suffice
    await answerAllByTapping(p, 'phone-10-respond', `#/respond/${respondent.scanId}`, (i) =>
      [0, 2].includes(i),
    );
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Antwoordbestand bewaren' }).tap();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      answers: Record<string, unknown>;
    };
    expect(Object.keys(file.answers)).toHaveLength(total);
    await own.close();
  });

  it('every phone screen fits: no sideways scrolling, touch targets of 44 px, axe clean', () => {
    expect(problems).toEqual([]);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.every((r) => r.all.length > 0)).toBe(true);
    expect(requests.flatMap((r) => r.outside())).toEqual([]);
  });
});
