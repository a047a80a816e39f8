import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatePhone, phoneProfiles } from '../../scripts/bench/phone-network';
import { requestChain, splitAt, summariseChain } from '../../scripts/bench/request-chain';
import { recordRequests as recordChain } from '../../scripts/bench/request-recorder';
import { encodeInvitationCode } from '../../src/domain/files/invitation-code';
import { buildInvitationFile } from '../../src/domain/files/invitation-file';
import { testRegistry } from '../support/questionnaires';
import { baseUrl, openBrowserSession, visitCheck, type BrowserSession } from './browser';
import { checkedIndex, choice, heading, question, savedStatus } from './support/app';
import { respondentItems } from './support/questionnaire';

const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

// Issue 24: a member taps an invitation link on a phone that never opened the app, on mobile data.
// Times are the bench's job (npm run bench -- --only phone); this test holds what must not regress:
// the first screen and the first question come, every JS file from this origin, none of what the
// welcome waited for deeper than two round trips after the HTML, and no database code before it
// (a fresh phone shows the welcome from the link; the database opens once it shows, and the answers
// are kept as ever).
describe('a member opens an invitation link cold, on a slow 4G connection', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession({ ...phone, serviceWorkers: 'block' });
  });

  afterAll(async () => {
    await session.browser.close();
  });

  it('shows the welcome and then the first question; every JS request stays on 127.0.0.1', async () => {
    const { page, context, requests, cspViolations, missingTexts } = session;
    page.setDefaultTimeout(60_000);
    const registry = await testRegistry();
    const entry = registry.latest('ck-selfscan');
    if (!entry) throw new Error('no ck-selfscan in the test registry');
    const invitation = buildInvitationFile({
      questionnaire: entry.ref,
      scanId: randomUUID(),
      label: 'Voorjaarsscan 2026',
      collectiveName: 'Energiecoöperatie De Wieken',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    const link = `${baseUrl()}#/respond?i=${encodeInvitationCode(invitation)}`;
    const cdp = await context.newCDPSession(page);
    await emulatePhone(cdp, phoneProfiles.slow4g);
    const chain = recordChain(cdp);
    // the moment the welcome shows, by the page's own clock (as the bench marks it)
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.querySelector('main form.welcome h2')) return;
        (window as { welcomeAt?: number }).welcomeAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });

    await page.goto(link);
    await heading(page, 'Welkom', 2).waitFor();
    await heading(page, 'Voorjaarsscan 2026').waitFor();
    const welcomeAt = await page.evaluate(() => (window as { welcomeAt?: number }).welcomeAt ?? 0);
    const { before } = splitAt(requestChain(chain()), welcomeAt);
    const js = before.filter((s) => new URL(s.url).pathname.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    expect(summariseChain(before).jsDepth).toBeLessThanOrEqual(2);
    // Dexie's chunk is not on the welcome's path: nothing is read or written before it shows
    expect(
      js.map((s) => new URL(s.url).pathname).filter((p) => /\/db-[\w-]+\.js$/.test(p)),
    ).toEqual([]);
    await visitCheck(page, 'first-screen-01-welcome-slow4g');

    await page.getByLabel('Je naam of rol (mag leeg)').fill('Ans');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const first = respondentItems[0];
    if (!first) throw new Error('the questionnaire has no respondent items');
    await question(page, first).waitFor();
    await visitCheck(page, 'first-screen-02-first-question-slow4g');
    // the answer is kept on the phone: it is there again after a reload, with no recovery screen
    await choice(page, first, 1).check();
    await savedStatus(page).waitFor();
    await page.reload();
    await question(page, first).waitFor();
    expect(await checkedIndex(page, first)).toBe(1);
    await page.goto(`${baseUrl()}#/respond`);
    await page.getByRole('link', { name: 'Voorjaarsscan 2026' }).waitFor();

    const jsRequests = requests.all.filter((url) => url.endsWith('.js'));
    expect(jsRequests.length).toBeGreaterThan(js.length);
    expect(jsRequests.every((url) => url.startsWith(baseUrl()))).toBe(true);
    expect(requests.outside()).toEqual([]);
    expect(cspViolations.all).toEqual([]);
    expect(missingTexts.all).toEqual([]);
  }, 120_000);
});
