import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type BrowserSession, baseUrl, openBrowserSession, visitCheck } from './browser';

describe('app shell in Chromium', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1280, height: 800 } });
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('loads the Dutch home page', async () => {
    await page.goto(baseUrl());
    await expect(page.title()).resolves.toContain('CollectieveKracht zelfscan');
    await page
      .getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' })
      .waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await visitCheck(page, 'shell-home-nl');
  });

  it('switches to English, keeps it after a reload, and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'How strong is your collective?' }).waitFor();
    await visitCheck(page, 'shell-home-en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'How strong is your collective?' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' })
      .waitFor();
  });

  it.each([
    ['Mijn collectief', 'collectives'],
    ['Financier', 'funder'],
    ['Onderzoek', 'research'],
    ['Instellingen', 'settings'],
  ])('reaches %s from the header', async (name, slug) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toContain(`#/${slug}`);
    await visitCheck(page, `shell-${slug}`);
  });

  it('shows page-not-found for an unknown route, with a way back', async () => {
    await page.goto(`${baseUrl()}#/nergens`);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await visitCheck(page, 'shell-not-found');
    await page.getByRole('link', { name: 'Terug naar de startpagina' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' })
      .waitFor();
  });

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.all.length).toBeGreaterThan(0);
    expect(session.requests.outside()).toEqual([]);
  });
});
