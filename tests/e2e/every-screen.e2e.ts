// Every screen at desktop and at phone size: an axe WCAG 2.1 A/AA check and a screenshot of each, and
// the keyboard reaching and scrolling a wide table on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type BrowserSession, baseUrl, openBrowserSession, visitCheck } from './browser';
import { heading, idFromUrl } from './support/app';

type Screen = { slug: string; path: (ids: ExampleIds) => string; title: string | RegExp };
type ExampleIds = { collective: string; scan: string; response: string };

const screens: Screen[] = [
  { slug: 'home', path: () => '', title: 'Hoe sterk staat jullie collectief?' },
  { slug: 'collectives', path: () => 'collectives', title: 'Mijn collectief' },
  { slug: 'collective-new', path: () => 'collectives/new', title: 'Nieuw collectief' },
  {
    slug: 'example-collective',
    path: (ids) => `collectives/${ids.collective}`,
    title: /Zonnewijk/,
  },
  { slug: 'scan', path: (ids) => `scans/${ids.scan}`, title: 'Zelfscan voorjaar 2026' },
  {
    slug: 'fill-in',
    path: (ids) => `scans/${ids.scan}/respond/${ids.response}/leadership`,
    title: /^Vragenlijst van/,
  },
  { slug: 'results', path: (ids) => `scans/${ids.scan}/results`, title: /^Uitkomst/ },
  { slug: 'questionnaires', path: () => 'questionnaires', title: /Vragenlijst/ },
  { slug: 'respond', path: () => 'respond', title: /./ },
  { slug: 'settings', path: () => 'settings', title: 'Instellingen' },
  // with nothing shared to the installed app, the pick-up screen says so
  { slug: 'shared-file', path: () => 'shared-file', title: 'Gedeeld bestand' },
  { slug: 'funder', path: () => 'funder', title: 'Financier' },
  { slug: 'research', path: () => 'research', title: 'Onderzoek' },
  { slug: 'not-found', path: () => 'nergens', title: 'Deze pagina bestaat niet' },
];

/** Opens the example collective and finds the ids of its scan and first respondent. */
async function openExample(page: Page): Promise<ExampleIds> {
  await page.goto(`${baseUrl()}#/example`);
  await heading(page, 'Voorbeeld: Energiecoöperatie De Zonnewijk').waitFor();
  const collective = idFromUrl(page.url(), /#\/collectives\/([^/]+)$/);
  await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
  await heading(page, 'Zelfscan voorjaar 2026').waitFor();
  const scan = idFromUrl(page.url(), /#\/scans\/([^/]+)$/);
  const href = await page.locator('a[href*="/respond/"]').first().getAttribute('href');
  const response = /\/respond\/([^/]+)/.exec(href ?? '')?.[1];
  if (!response) throw new Error('the example scan lists no respondent');
  return { collective, scan, response };
}

describe.each([
  { size: 'desktop', viewport: { width: 1280, height: 800 } },
  { size: 'phone', viewport: { width: 360, height: 640 } },
])('every screen at $size size', ({ size, viewport }) => {
  let session: BrowserSession;
  let page: Page;
  let ids: ExampleIds;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport });
    page = session.page;
    ids = await openExample(page);
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it.each(screens)('$slug passes axe', async (screen) => {
    await page.goto(`${baseUrl()}#/${screen.path(ids)}`);
    await page.getByRole('heading', { level: 1, name: screen.title }).first().waitFor();
    await visitCheck(page, `screen-${screen.slug}-${size}`);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  });

  it('broke no rule of the Content-Security-Policy on any screen', () => {
    expect(session.cspViolations.all).toEqual([]);
  });

  it('showed no key without its text on any screen', () => {
    expect(session.missingTexts.all).toEqual([]);
  });
});

describe('a wide table on a phone, by keyboard only', () => {
  let session: BrowserSession;

  afterAll(async () => {
    await session?.browser.close();
  });

  it('reaches the scores table with Tab and scrolls it with the arrow keys', async () => {
    session = await openBrowserSession({ viewport: { width: 360, height: 640 } });
    const { page } = session;
    const ids = await openExample(page);
    await page.goto(`${baseUrl()}#/scans/${ids.scan}/results`);
    await page.getByRole('heading', { level: 1, name: /^Uitkomst/ }).waitFor();
    const region = page.getByRole('region', { name: /^Tabel: Scores/ });
    const isWide = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(isWide).toBe(true);
    // Tab from the top of the page until the region has focus
    await page.locator('body').focus();
    let hasFocus = false;
    for (let presses = 0; presses < 80 && !hasFocus; presses += 1) {
      await page.keyboard.press('Tab');
      hasFocus = await region.evaluate((el) => el === document.activeElement);
    }
    expect(hasFocus).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
