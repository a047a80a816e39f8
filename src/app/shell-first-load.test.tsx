// Every state of the shell (header, footer, start page, not-found page, the update banner, the
// loading notice, a section that failed) with ONLY the first-load texts present, in both languages:
// a text the shell can show that is not in the first load would reach the person as a raw key.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadMessages, languages } from '../i18n';
import { App } from './App';
import { SectionFailed } from './SectionFailed';
import { StartGate } from './StartGate';
import { UpdateBanner } from './UpdateBanner';
import { testRegistry } from '../../tests/support/questionnaires';

const missing: string[] = [];
/** What a key looks like when it is shown instead of its text: `shell.update.ready`. */
const rawKey =
  /\b(?:shell|failure|dataSafety|app|nav|language|home|placeholder|notFound|form)\.[A-Za-z][\w.-]*/;

beforeAll(async () => {
  // i18next with the first load only: no loadAppMessages, nothing else added
  await i18next.use(initReactI18next).init({
    resources: {
      nl: { translation: firstLoadMessages.nl },
      en: { translation: firstLoadMessages.en },
    },
    lng: 'nl',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => missing.push(key),
  });
});

afterEach(() => {
  cleanup();
  missing.length = 0;
});

const inRouter = (node: ReactNode, path = '/') => (
  <Router hook={memoryLocation({ path }).hook}>{node}</Router>
);

const states: [string, () => Promise<void>][] = [
  [
    'the start page with header and footer',
    async () => {
      window.location.hash = '#/';
      render(<App registry={await testRegistry()} />);
      await screen.findByRole('heading', { level: 1 });
    },
  ],
  [
    'the page-not-found',
    async () => {
      window.location.hash = '#/bestaat-niet';
      render(<App registry={await testRegistry()} />);
      await screen.findByRole('heading', { level: 1 });
    },
  ],
  [
    'the update banner on a fill-in page',
    async () => {
      render(
        inRouter(<UpdateBanner isWaiting onApply={() => undefined} />, '/scans/s/fill/r/intro'),
      );
      await screen.findByRole('button');
    },
  ],
  [
    'the loading notice while the start check runs',
    async () => {
      render(<StartGate check={() => new Promise(() => undefined)}>{null}</StartGate>);
      await screen.findByRole('status');
    },
  ],
  [
    'a section that could not be fetched',
    async () => {
      const offline = new TypeError('Failed to fetch dynamically imported module: x.js');
      render(<SectionFailed error={offline} />);
      await screen.findByRole('alert');
    },
  ],
  [
    'a section that failed otherwise',
    async () => {
      render(<SectionFailed error={new Error('ck-selfscan@1.1.0 maps item "community_9"')} />);
      await screen.findByRole('alert');
    },
  ],
];

describe.each(languages)('the shell in %s with only the first-load texts', (language) => {
  it.each(states)('%s shows words, never a key', async (_name, show) => {
    await act(() => i18next.changeLanguage(language));
    await show();
    const text = document.body.textContent ?? '';
    expect(missing).toEqual([]);
    expect(text).not.toMatch(rawKey);
    expect(text.trim().length).toBeGreaterThan(5);
  });
});
