import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setUpPages } from './app-setup';
import type { BenchContext } from './context';
import { timedFigure, type Figure } from './measure';
import { emulatePhone, phoneProfiles, type PhoneProfile } from './phone-network';
import { formatChain, requestChain, summariseChain, type ChainStep } from './request-chain';
import { recordRequests } from './request-recorder';

const traceDir = join('artifacts', 'bench');

/** What each measured page waits for: a member's first screen, and the results page's chart. */
const shownWhen = {
  invite: 'main form.welcome h2, main fieldset input[type=radio]',
  results: 'main figure.radar svg',
} as const;
type Measured = keyof typeof shownWhen;

/** Injected before the app runs: the moment the selector first matches, in ms after navigation. */
function markShown(selector: string): void {
  const w = window as { ckShown?: number };
  new MutationObserver((_records, observer) => {
    if (document.querySelector(selector)) {
      w.ckShown = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

type Load = { ms: number; steps: ChainStep[] };

/** One cold load of `url` in `context` under `profile`: time to the selector, and every request. */
async function loadCold(
  context: BrowserContext,
  url: string,
  profile: PhoneProfile,
): Promise<Load> {
  const page: Page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await emulatePhone(cdp, profile);
    const requests = recordRequests(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { ckShown?: number }).ckShown !== undefined);
    const ms = await page.evaluate(() => (window as { ckShown?: number }).ckShown ?? NaN);
    return { ms, steps: requestChain(requests()) };
  } finally {
    await page.close();
  }
}

/** The link for everyone on the scan page, as a coordinator copies it. */
async function readInvitationLink(page: Page, scanUrl: string): Promise<string> {
  await page.goto(scanUrl);
  const panel = page.locator('div.panel', {
    has: page.getByRole('heading', { level: 3, name: 'Eén link voor iedereen', exact: true }),
  });
  return panel.getByLabel('Uitnodigingslink').inputValue();
}

async function newContext(browser: Browser, measured: Measured): Promise<BrowserContext> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(markShown, shownWhen[measured]);
  return context;
}

const profiles = Object.entries(phoneProfiles) as [keyof typeof phoneProfiles, PhoneProfile][];

/**
 * Cold loads as a phone makes them (issue 24): a member's invitation link on a device that never
 * opened the app, and the coordinator's results page, on localhost, at slow 4G, and at slow 4G with
 * a 4× slower CPU. Each figure also has how many round trips deep the last JS file was and the
 * bytes that came over the wire; the slow 4G request traces go to artifacts/bench/.
 */
export async function benchPhone({ baseUrl, browser, runs }: BenchContext): Promise<Figure[]> {
  const setup = await newContext(browser, 'results');
  const setupPage = await setup.newPage();
  const pages = await setUpPages(setup, baseUrl);
  const scanUrl = pages.fillIn.replace(/\/respond\/.*$/, '');
  const link = await readInvitationLink(setupPage, scanUrl);
  await setupPage.close();
  const times = new Map<string, number[]>();
  const last = new Map<string, Load>();
  try {
    for (let run = 0; run <= runs; run += 1) {
      for (const [key, profile] of profiles) {
        // a member's phone has never seen the app: a fresh profile each time
        const member = await newContext(browser, 'invite');
        try {
          const invite = await loadCold(member, link, profile);
          record(`invite.${key}`, invite, run);
        } finally {
          await member.close();
        }
        const results = await loadCold(setup, pages.results, profile);
        record(`results.${key}`, results, run);
      }
    }
  } finally {
    await setup.close();
  }

  function record(name: string, load: Load, run: number) {
    if (run > 0) times.set(name, [...(times.get(name) ?? []), load.ms]);
    last.set(name, load);
  }

  mkdirSync(traceDir, { recursive: true });
  const figures: Figure[] = [];
  for (const measured of ['invite', 'results'] as const) {
    const what = measured === 'invite' ? 'invitation link → first screen' : 'results → chart';
    for (const [key, profile] of profiles) {
      figures.push(
        timedFigure({
          key: `phone.${measured}.${key}.ms`,
          label: `cold ${what}, ${profile.name}`,
          times: times.get(`${measured}.${key}`) ?? [],
        }),
      );
    }
    const load = last.get(`${measured}.slow4g`);
    if (!load) continue;
    const trace = join(traceDir, `phone-${measured}-slow4g.txt`);
    writeFileSync(trace, `${formatChain(load.steps)}\n`);
    console.error(`  request trace of ${what} at slow 4G: ${trace}`);
    const chain = summariseChain(load.steps);
    figures.push(
      {
        key: `phone.${measured}.jsDepth`,
        label: `${what}: round trips after the HTML to the last JS file`,
        value: chain.jsDepth,
        unit: 'count',
      },
      {
        key: `phone.${measured}.jsRequests`,
        label: `${what}: JS requests`,
        value: chain.jsRequests,
        unit: 'count',
      },
      {
        key: `phone.${measured}.js.kB`,
        label: `${what}: JS over the wire (gzip, with headers)`,
        value: Math.round(chain.jsBytes / 100) / 10,
        unit: 'kB',
      },
      {
        key: `phone.${measured}.all.kB`,
        label: `${what}: everything over the wire`,
        value: Math.round(chain.allBytes / 100) / 10,
        unit: 'kB',
      },
    );
  }
  return figures;
}
