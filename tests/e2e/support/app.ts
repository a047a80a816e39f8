import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { baseUrl } from '../browser';
import type { E2eItem } from './questionnaire';

export type RespondentRef = { scanId: string; responseId: string; basePath: string };

export function heading(page: Page, name: string | RegExp, level = 1): Locator {
  return page.getByRole('heading', { level, name, exact: typeof name === 'string' });
}

/** Creates a collective through the form (of the app at `base`, dist by default) and returns its id. */
export async function createCollective(
  page: Page,
  name: string,
  base: string = baseUrl(),
): Promise<string> {
  await page.goto(`${base}#/collectives/new`);
  await heading(page, 'Nieuw collectief').waitFor();
  await page.getByLabel('Naam van het collectief').fill(name);
  await page.getByLabel('Gemeente', { exact: true }).fill('Utrecht');
  await page.getByRole('button', { name: 'Collectief aanmaken' }).click();
  await heading(page, name).waitFor();
  return idFromUrl(page.url(), /#\/collectives\/([^/]+)$/);
}

/** Starts a scan from the collective page (on the questionnaire version given, else the offered one) and returns its id. */
export async function startScan(page: Page, label: string, version?: string): Promise<string> {
  await page.getByRole('button', { name: 'Nieuwe scan starten' }).click();
  await page.getByLabel('Naam van deze scan').fill(label);
  if (version) {
    const select = page.getByLabel('Vragenlijst', { exact: true });
    const options = await select.locator('option').allTextContents();
    const option = options.find((text) => text.trim().endsWith(` ${version}`));
    if (!option) throw new Error(`no questionnaire version ${version} among ${options.join(', ')}`);
    await select.selectOption({ label: option });
  }
  await page.getByRole('button', { name: 'Scan starten' }).click();
  await heading(page, label).waitFor();
  return idFromUrl(page.url(), /#\/scans\/([^/]+)$/);
}

/** Adds a respondent on the scan page; the app then opens the fill-in at the first item. */
export async function addRespondent(page: Page, name: string): Promise<RespondentRef> {
  await page.getByLabel('Naam of bijnaam').fill(name);
  await page.getByRole('button', { name: 'Toevoegen en beginnen' }).click();
  await heading(page, `Vragenlijst van ${name}`).waitFor();
  await page.waitForURL(/#\/scans\/[^/]+\/respond\/[^/]+\/[^/]+/);
  const match = /#\/scans\/([^/]+)\/respond\/([^/]+)/.exec(page.url());
  if (!match?.[1] || !match[2]) throw new Error(`no respondent in ${page.url()}`);
  return {
    scanId: match[1],
    responseId: match[2],
    basePath: `#/scans/${match[1]}/respond/${match[2]}`,
  };
}

/** Collective, scan and one respondent, all through the UI. */
export async function setUpRespondent(
  page: Page,
  names: { collective: string; scan: string; respondent: string },
): Promise<RespondentRef> {
  await createCollective(page, names.collective);
  await startScan(page, names.scan);
  return addRespondent(page, names.respondent);
}

export function idFromUrl(url: string, pattern: RegExp): string {
  const id = pattern.exec(url)?.[1];
  if (!id) throw new Error(`no id in ${url} for ${pattern}`);
  return id;
}

/** The fieldset of one question, found by its legend. */
export function question(scope: Page | Locator, item: E2eItem): Locator {
  return scope.getByRole('group', { name: item.text, exact: true });
}

/** The answer choice of an item, by its label. */
export function choice(scope: Page | Locator, item: E2eItem, index: number): Locator {
  const name = item.choices[index];
  if (name === undefined) throw new Error(`${item.id} has no choice ${index}`);
  return question(scope, item).getByRole('radio', { name, exact: true });
}

/** Index of the checked choice of an item on the current page, -1 when none. */
export async function checkedIndex(page: Page, item: E2eItem): Promise<number> {
  return question(page, item)
    .getByRole('radio')
    .evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
}

export async function hasFocusInside(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.contains(document.activeElement));
}

/** Presses Tab until focus is inside the target; fails after `limit` presses. */
export async function tabInto(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await hasFocusInside(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await hasFocusInside(target), `Tab never reached ${String(target)}`).toBe(true);
}

/** Focus is on a link or button with this text; Tab until it is, then Enter. */
export async function tabToAndPress(page: Page, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el && (el.tagName === 'A' || el.tagName === 'BUTTON') ? el.textContent?.trim() : null;
    });
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached a link or button "${name}"`);
}

/**
 * Answers an unanswered item with the keyboard alone: Tab into its radio group (focus lands on the
 * first choice), Space to choose it, then arrow keys to the planned choice (left wraps to the end).
 */
export async function answerByKeyboard(page: Page, item: E2eItem, target: number): Promise<void> {
  const group = question(page, item);
  await tabInto(page, group);
  await page.keyboard.press('Space');
  const count = item.choices.length;
  if (target <= count / 2) {
    for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowRight');
  } else {
    for (let i = 0; i < count - target; i += 1) await page.keyboard.press('ArrowLeft');
  }
  expect(await checkedIndex(page, item), `${item.id} after keyboard`).toBe(target);
}

export function savedStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Opgeslagen$/ });
}

/** The answer as the app stores it for a choice index. */
export function valueOf(item: E2eItem, index: number): number | string | null {
  const value = item.values[index];
  if (value === undefined) throw new Error(`${item.id} has no value ${index}`);
  return value;
}

/** Visible accessible checks for "the page at this item": address, in view, focused. */
export async function expectResumedAt(
  page: Page,
  ref: { basePath: string },
  item: E2eItem,
): Promise<void> {
  await page.waitForURL((url) => url.hash.endsWith(`/${item.pageId}/${item.id}`));
  expect(page.url()).toContain(`${ref.basePath}/${item.pageId}/${item.id}`);
  const group = question(page, item);
  await expect.poll(() => hasFocusInside(group), { timeout: 5000 }).toBe(true);
  const isInView = await group.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
  });
  expect(isInView, `${item.id} in view`).toBe(true);
}
