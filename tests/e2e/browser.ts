import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { expect, inject } from 'vitest';
import { missingTextNotice } from '../../src/i18n/missing-text';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const artifactsDir = join('artifacts', 'e2e');

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Launches with a profile folder that survives the browser, for restart and crash tests. */
export async function launchPersistent(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    acceptDownloads: true,
  });
}

/** Every request the page makes; anything not on 127.0.0.1 is a privacy failure. */
export function recordRequests(context: BrowserContext): {
  outside: () => string[];
  all: string[];
} {
  const all: string[] = [];
  context.on('request', (request) => all.push(request.url()));
  return {
    all,
    outside: () =>
      all.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        try {
          return new URL(url).hostname !== '127.0.0.1';
        } catch {
          return true;
        }
      }),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** WCAG 2.1 A/AA check of what the page shows now; fails with the rule ids and targets. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** Screenshot and axe check in one go, for every screen a test visits. */
export async function visitCheck(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await expectAccessible(page);
}

/**
 * Every Content-Security-Policy violation the pages of a context report (the page's own
 * `securitypolicyviolation` events, and the browser's console notice, which also covers workers).
 */
export function recordCspViolations(context: BrowserContext): { all: string[] } {
  const all: string[] = [];
  void context.exposeBinding('__ckCspViolation', (_source, text: string) => all.push(text));
  void context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ckCspViolation?: (text: string) => void })
        .__ckCspViolation;
      report?.(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  const onPage = (page: Page) => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) all.push(message.text());
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return { all };
}

/**
 * Every key the pages of a context showed without a text (the app's i18next warns with
 * `missingTextNotice`): such a key reaches the person raw.
 */
export function recordMissingTexts(context: BrowserContext): { all: string[] } {
  const all: string[] = [];
  const onPage = (page: Page) => {
    page.on('console', (message) => {
      if (message.text().startsWith(missingTextNotice)) all.push(message.text());
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return { all };
}

export type BrowserSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  requests: ReturnType<typeof recordRequests>;
  cspViolations: ReturnType<typeof recordCspViolations>;
  missingTexts: ReturnType<typeof recordMissingTexts>;
};

/** A fresh browser with one page whose every request is recorded; close it with `session.browser.close()`. */
export async function openBrowserSession(
  options: BrowserContextOptions = {},
): Promise<BrowserSession> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const requests = recordRequests(context);
  const cspViolations = recordCspViolations(context);
  const missingTexts = recordMissingTexts(context);
  const page = await context.newPage();
  return { browser, context, page, requests, cspViolations, missingTexts };
}
