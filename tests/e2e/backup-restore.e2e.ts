import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  openBrowserSession,
  screenshot,
  visitCheck,
  type BrowserSession,
} from './browser';
import { choice, savedStatus, setUpRespondent, valueOf, type RespondentRef } from './support/app';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';
import { respondentItems } from './support/questionnaire';

const dataStores = ['collectives', 'scans', 'responses', 'invitations'];

/** The four data tables as canonical rows: what a backup must bring back exactly. */
async function dataOf(page: Page): Promise<unknown> {
  const exported = await exportDatabase(page);
  return dataStores.map((store) => rowsOf(exported, store));
}

async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 640 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('backup, delete everything, restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-backup-'));
  const olderBackup = join(work, 'older.json');
  let session: BrowserSession;
  let page: Page;
  let respondent: RespondentRef;
  let before: unknown;
  const item = respondentItems[0]!;

  beforeAll(async () => {
    session = await openBrowserSession();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function openSettings() {
    await page.goto(`${baseUrl()}#/settings`);
    await page.getByRole('heading', { level: 2, name: 'Opslag' }).waitFor();
  }

  async function chooseBackup(path: string) {
    await page.getByLabel(/Back-up terugzetten/).setInputFiles(path);
    await page.getByRole('table', { name: /Back-up tegenover dit apparaat/ }).waitFor();
  }

  it('saves a backup and shows when it was made', async () => {
    respondent = await setUpRespondent(page, {
      collective: 'Dorpsbelang Terugzet',
      scan: 'Zelfscan back-up',
      respondent: 'Fatima',
    });
    await choice(page, item, 0).check();
    await savedStatus(page).waitFor();
    await openSettings();
    await page.getByText('Op dit apparaat is nog nooit een back-up gemaakt.').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await (await download).saveAs(olderBackup);
    await page
      .getByRole('status')
      .filter({ hasText: 'Back-up opgeslagen: 1 collectief, 1 scan en 1 ingevulde vragenlijst.' })
      .waitFor();
    await expect
      .poll(() => page.getByText('Op dit apparaat is nog nooit een back-up gemaakt.').count())
      .toBe(0);
    await visitCheck(page, 'settings-storage');
    await phoneShot(page, 'settings-storage-phone');
    before = await dataOf(page);
  });

  it('deletes everything after naming what will be lost', async () => {
    await page.getByRole('button', { name: 'Alles op dit apparaat wissen' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('Dit wist 1 collectief, 1 scan en 1 ingevulde vragenlijst van dit apparaat.');
    await visitCheck(page, 'settings-delete-confirm');
    await phoneShot(page, 'settings-delete-confirm-phone');
    await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Alles op dit apparaat is gewist.' })
      .waitFor();
    expect(await dataOf(page)).toEqual([[], [], [], []]);
  });

  it('restores the backup into an identical database', async () => {
    await chooseBackup(olderBackup);
    await visitCheck(page, 'settings-restore-preview');
    await phoneShot(page, 'settings-restore-preview-phone');
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Samengevoegd: 3 onderdeel' }).waitFor();
    expect(await dataOf(page)).toEqual(before);
  });

  it('keeps newer answers when an older backup is merged, and drops them only on replace', async () => {
    await page.goto(`${baseUrl()}${respondent.basePath}/${item.pageId}/${item.id}`);
    await choice(page, item, 2).check();
    await savedStatus(page).waitFor();
    const newer = valueOf(item, 2);
    const older = valueOf(item, 0);
    expect((await storedAnswers(page, respondent.responseId))?.[item.id]).toBe(newer);

    await openSettings();
    await chooseBackup(olderBackup);
    const row = page.getByRole('row', { name: /Dorpsbelang Terugzet/ });
    await expect.poll(() => row.textContent()).toContain('1 nieuwer op dit apparaat');
    await page.getByText('De back-up bevat niets wat nieuwer is dan dit apparaat').waitFor();
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Samengevoegd: 0 onderdeel' }).waitFor();
    expect((await storedAnswers(page, respondent.responseId))?.[item.id]).toBe(newer);

    await chooseBackup(olderBackup);
    await page.getByRole('radio', { name: /Alles vervangen door de back-up/ }).check();
    await page.getByRole('button', { name: 'Eerst back-up maken van dit apparaat' }).waitFor();
    await visitCheck(page, 'settings-restore-replace');
    await page.getByRole('button', { name: 'Ja, alles vervangen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vervangen:' }).waitFor();
    expect((await storedAnswers(page, respondent.responseId))?.[item.id]).toBe(older);
    expect(await dataOf(page)).toEqual(before);
  });

  it('reminds the coordinator to make a backup once a scan is closed, until one is made', async () => {
    const scanPage = `${baseUrl()}#/scans/${respondent.scanId}`;
    await page.goto(scanPage);
    await page.getByRole('button', { name: 'Scan afsluiten' }).click();
    const reminder = page.getByText('Deze scan is gesloten. Maak nu een back-up');
    await reminder.waitFor();
    await visitCheck(page, 'scan-closed-backup-reminder');
    await phoneShot(page, 'scan-closed-backup-reminder-phone');
    await page.getByRole('link', { name: 'Back-up maken onder Instellingen' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back-up maken' }).click();
    await download;
    await page.getByRole('status').filter({ hasText: 'Back-up opgeslagen' }).waitFor();
    await page.goto(scanPage);
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).waitFor();
    expect(await reminder.count()).toBe(0);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  });
});
