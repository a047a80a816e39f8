import type { BrowserContext, Page } from 'playwright-core';

/** Addresses of the three measured pages, with data behind them in the context's IndexedDB. */
export type BenchPages = { home: string; fillIn: string; results: string };

const h1 = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** Through the UI: the example collective (a closed scan, for results) and an open scan with one respondent (for the fill-in). */
export async function setUpPages(context: BrowserContext, baseUrl: string): Promise<BenchPages> {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${baseUrl}#/example`);
  await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
  await h1(page, 'Uitkomst: Zelfscan voorjaar 2026');
  const results = page.url();
  await page.goto(`${baseUrl}#/collectives/new`);
  await h1(page, 'Nieuw collectief');
  await page.getByLabel('Naam van het collectief').fill('Bankje Bench');
  await page.getByLabel('Gemeente', { exact: true }).fill('Utrecht');
  await page.getByRole('button', { name: 'Collectief aanmaken' }).click();
  await h1(page, 'Bankje Bench');
  await page.getByRole('button', { name: 'Nieuwe scan starten' }).click();
  await page.getByLabel('Naam van deze scan').fill('Bench-scan');
  await page.getByRole('button', { name: 'Scan starten' }).click();
  await h1(page, 'Bench-scan');
  await page.getByLabel('Naam of bijnaam').fill('Bo');
  await page.getByRole('button', { name: 'Toevoegen en beginnen' }).click();
  await h1(page, 'Vragenlijst van Bo');
  const fillIn = page.url();
  await page.close();
  return { home: `${baseUrl}#/`, fillIn, results };
}

/**
 * Injected before the app runs: the moment the page's h1 first appears (the section has rendered,
 * not its loading state), and for autosave each `change` event and each completed readwrite
 * IndexedDB transaction with its stores.
 */
export function instrument(): void {
  const w = window as unknown as {
    ckChanges: number[];
    ckWrites: { stores: string[]; at: number }[];
    ckSaved: number[];
  };
  w.ckChanges = [];
  w.ckWrites = [];
  // "Opgeslagen" shows once both copies hold the answer (issue 20): its moment ends autosave.both
  w.ckSaved = [];
  new MutationObserver(() => {
    const isSaved = [...document.querySelectorAll('[role="status"]')].some(
      (el) => el.textContent === 'Opgeslagen',
    );
    if (isSaved) w.ckSaved.push(performance.now());
  }).observe(document, { childList: true, subtree: true, characterData: true });
  new MutationObserver((_records, observer) => {
    if (document.querySelector('main h1')) {
      // heard by the bench's pageSignal: no polling script in the page while it loads
      console.debug(`ck-rendered ${performance.now()}`);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('change', (event) => w.ckChanges.push(event.timeStamp), true);
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores, mode, options) {
    const transaction = open.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const names = typeof stores === 'string' ? [stores] : [...stores];
      transaction.addEventListener('complete', () =>
        w.ckWrites.push({ stores: names, at: performance.now() }),
      );
    }
    return transaction;
  };
}
