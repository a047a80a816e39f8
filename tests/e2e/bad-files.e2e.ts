// The most dangerous files of the bad-file corpus, chosen in the real file inputs of the built app:
// each gets its Dutch message, nothing runs, and IndexedDB is the same afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openBrowserSession, visitCheck, type BrowserSession } from './browser';
import { createCollective, heading } from './support/app';
import { exportDatabase } from './support/idb';
import {
  badFilesFor,
  ensureLargeBadFiles,
  scriptName,
  type ImportPath,
} from '../support/bad-files';

function corpusFile(path: ImportPath, name: string) {
  const found = badFilesFor(path).find((file) => file.name === name);
  if (!found) throw new Error(`${name} is in the corpus`);
  return found;
}

describe('bad files in the real file inputs', () => {
  let session: BrowserSession;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureLargeBadFiles();
    session = await openBrowserSession();
    page = session.page;
    page.setDefaultTimeout(20_000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createCollective(page, 'Wijkbedrijf De Bron');
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  const deep =
    'Dit bestand is dieper genest dan 64 niveaus. Zo ziet geen bestand van de zelfscan eruit.';
  const notText =
    'Dit bestand is geen leesbare tekst (UTF-8). Misschien is het een ander soort bestand, of is het opgeslagen met een andere tekencodering.';
  it.each([
    ['nested.json', deep],
    ['too-large.json', 'Dit bestand is 50 MB groot. De app leest bestanden kleiner dan 25 MB.'],
    ['damaged.pdf', notText],
    ['result.json', 'Dit is een resultaatbestand, geen back-upbestand.'],
  ])('backup restore refuses %s: "%s"', async (name, text) => {
    await page.goto(`${baseUrl()}#/settings`);
    const before = await exportDatabase(page);
    const started = Date.now();
    await page.getByLabel(/Back-up terugzetten/).setInputFiles(corpusFile('backup', name).path);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: text }).waitFor();
    expect(await alert.textContent()).toBe(
      `Dit bestand kan niet worden teruggezet. Er is niets veranderd. ${text}`,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    await visitCheck(page, `bad-files-backup-${name.replace(/\W+/g, '-')}`);
    expect(await exportDatabase(page)).toBe(before);
  });

  it.each([
    ['nested.json', deep],
    ['too-large.json', 'Dit bestand is 50 MB groot. De app leest bestanden kleiner dan 5 MB.'],
    ['damaged.pdf', notText],
  ])('invitation refuses %s: "%s"', async (name, text) => {
    await page.goto(`${baseUrl()}#/respond`);
    await heading(page, 'Invullen met een uitnodiging').waitFor();
    const before = await exportDatabase(page);
    await page
      .getByLabel('Uitnodigingsbestand kiezen')
      .setInputFiles(corpusFile('invitation', name).path);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: text }).waitFor();
    expect(await alert.textContent()).toBe(`${text} Er is niets geopend of opgeslagen.`);
    await visitCheck(page, `bad-files-invitation-${name.replace(/\W+/g, '-')}`);
    expect(await exportDatabase(page)).toBe(before);
  });

  it('shows an invitation named <script>… as text, and nothing runs', async () => {
    await page.goto(`${baseUrl()}#/respond`);
    await heading(page, 'Invullen met een uitnodiging').waitFor();
    await page
      .getByLabel('Uitnodigingsbestand kiezen')
      .setInputFiles(corpusFile('invitation', 'script-name.invitation.json').path);
    await heading(page, scriptName).waitFor();
    await visitCheck(page, 'bad-files-invitation-script-name');
    expect(await page.locator('script:not([src]), img[onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('threw nothing in the page and asked nothing outside 127.0.0.1', () => {
    expect(pageErrors).toEqual([]);
    expect(session.requests.outside()).toEqual([]);
  });
});
