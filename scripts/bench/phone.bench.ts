import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setUpPages } from './app-setup';
import { buildFloorPage, previewFloorPage } from './floor-page';
import { previewOverHttp2 } from './http2-preview';
import type { BenchContext } from './context';
import { timedFigure, type Figure } from './measure';
import { pageSignal } from './page-signal';
import { emulatePhone, phoneProfiles, type PhoneProfile } from './phone-network';
import {
  formatChain,
  requestChain,
  splitAt,
  summariseChain,
  type ChainStep,
} from './request-chain';
import { recordRequests } from './request-recorder';

const traceDir = join('artifacts', 'bench');

/** What each measured page waits for: a member's first screen, and the results page's chart. */
const shownWhen = {
  invite: 'main form.welcome h2, main fieldset input[type=radio]',
  results: 'main figure.radar svg',
} as const;
type Measured = keyof typeof shownWhen;

/**
 * Injected before the app runs: logs `ck-shown <ms after navigation>` the moment the selector first
 * matches (heard by pageSignal, so that no Playwright script runs in the page during the load).
 */
function markShown(selector: string): void {
  new MutationObserver((_records, observer) => {
    if (document.querySelector(selector)) {
      console.debug(`ck-shown ${performance.now()}`);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A load: ms to the selector; the requests sent before it matched, and those sent after. */
type Load = { ms: number; steps: ChainStep[]; later: ChainStep[] };

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
    const shown = pageSignal(page, 'ck-shown');
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await shown;
    const atEpochMs = (await page.evaluate(() => performance.timeOrigin)) + ms;
    // what the page asks for once it shows (its storage, the next pages) is not what it waited for
    const { before, after } = splitAt(requestChain(requests()), atEpochMs);
    return { ms, steps: before, later: after };
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
    // the HTTP/2 server's certificate is a throw-away one (http2-preview.ts)
    ignoreHTTPSErrors: true,
  });
  await context.addInitScript(markShown, shownWhen[measured]);
  return context;
}

/** A served build: its address, and the profiles measured on it. */
type Server = {
  key: string;
  label: string;
  baseUrl: string;
  profiles: (keyof typeof phoneProfiles)[];
  measures: Measured[];
};

/** Every cold load of one served build, `runs` times after a warm-up. */
async function measureServer(
  browser: Browser,
  server: Server,
  runs: number,
): Promise<{ times: Map<string, number[]>; last: Map<string, Load> }> {
  const setup = await newContext(browser, 'results');
  const times = new Map<string, number[]>();
  const last = new Map<string, Load>();
  const record = (name: string, load: Load, run: number) => {
    if (run > 0) times.set(name, [...(times.get(name) ?? []), load.ms]);
    last.set(name, load);
  };
  try {
    const pages = await setUpPages(setup, server.baseUrl);
    const setupPage = await setup.newPage();
    const link = await readInvitationLink(setupPage, pages.fillIn.replace(/\/respond\/.*$/, ''));
    await setupPage.close();
    // one page and one profile at a time: interleaved, the load closed just before (a results page,
    // a throttled load still fetching) made the next invitation load on localhost ~60 ms slower
    // (session 12, 12 loads each: medians 490 against 435 ms), a neighbour a phone does not have
    for (const measured of server.measures) {
      for (const key of server.profiles) {
        const profile = phoneProfiles[key];
        for (let run = 0; run <= runs; run += 1) {
          // a member's phone has never seen the app: a fresh profile each time
          const context = measured === 'invite' ? await newContext(browser, 'invite') : setup;
          try {
            const url = measured === 'invite' ? link : pages.results;
            record(`${measured}.${key}`, await loadCold(context, url, profile), run);
          } catch (error) {
            // one load that never showed its page is reported and left out, not the whole run
            const what = measured === 'invite' ? 'invitation link' : 'results';
            console.error(`  ${what}, ${profile.name}, ${server.label}: ${String(error)}`);
          } finally {
            if (context !== setup) await context.close();
          }
        }
      }
    }
  } finally {
    await setup.close();
  }
  return { times, last };
}

/**
 * Cold loads as a phone makes them (issue 24): a member's invitation link on a device that never
 * opened the app, and the coordinator's results page, on localhost, at slow 4G, and at slow 4G with
 * a 4× slower CPU; over `vite preview`'s HTTP/1.1 and once more over HTTP/2, as a static host
 * serves it. Each has how many round trips deep the last JS file was and the bytes that came over
 * the wire; the slow 4G request traces go to artifacts/bench/.
 */
export async function benchPhone({ baseUrl, browser, runs }: BenchContext): Promise<Figure[]> {
  // BENCH_HTTP2_PORT, or the bench's port + 1000 (clear of the neighbouring ports other runs use)
  const http2 = await previewOverHttp2(
    Number(process.env.BENCH_HTTP2_PORT ?? Number(new URL(baseUrl).port) + 1000),
  );
  const servers: Server[] = [
    {
      key: '',
      label: 'HTTP/1.1',
      baseUrl,
      profiles: ['localhost', 'slow4g', 'slow4gCpu4'],
      measures: ['invite', 'results'],
    },
    {
      key: 'h2.',
      label: 'HTTP/2',
      baseUrl: http2.baseUrl,
      profiles: ['localhost', 'slow4g', 'slow4gCpu4'],
      measures: ['invite', 'results'],
    },
  ];
  const figures: Figure[] = [];
  mkdirSync(traceDir, { recursive: true });
  try {
    for (const server of servers) {
      const { times, last } = await measureServer(browser, server, runs);
      figures.push(...serverFigures(server, times, last));
    }
  } finally {
    await http2.close();
  }
  figures.push(...(await benchFloor(browser, Number(new URL(baseUrl).port), runs)));
  return figures;
}

/**
 * The floor on this machine: the same cold loads of a page that holds only the libraries the
 * design card fixes for a member's first screen (floor-page/main.tsx: React, react-dom, i18next,
 * zod/mini) and draws the welcome's heading, over HTTP/1.1 on localhost and HTTP/2 at slow 4G.
 */
async function benchFloor(browser: Browser, port: number, runs: number): Promise<Figure[]> {
  const site = await buildFloorPage();
  const http1 = await previewFloorPage(site, port + 2000);
  const http2 = await previewOverHttp2(port + 3000, site);
  const loads = [
    { key: 'phone.floor.localhost.ms', baseUrl: http1.baseUrl, profile: phoneProfiles.localhost },
    { key: 'phone.floor.h2.slow4g.ms', baseUrl: http2.baseUrl, profile: phoneProfiles.slow4g },
  ];
  const times = new Map<string, number[]>();
  let lastSlow: Load | undefined;
  try {
    for (let run = 0; run <= runs; run += 1) {
      for (const { key, baseUrl, profile } of loads) {
        const context = await newContext(browser, 'invite');
        try {
          const load = await loadCold(context, baseUrl, profile);
          if (run > 0) times.set(key, [...(times.get(key) ?? []), load.ms]);
          if (profile.network) lastSlow = load;
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await Promise.all([http1.close(), http2.close()]);
  }
  const figures: Figure[] = loads.map(({ key, profile }) =>
    timedFigure({
      key,
      label: `floor: the libraries alone draw the welcome, cold, ${profile.name}${profile.network ? ', HTTP/2' : ''}`,
      times: times.get(key) ?? [],
    }),
  );
  if (lastSlow) {
    figures.push({
      key: 'phone.floor.h2.js.kB',
      label: 'floor: JS over the wire (gzip, with headers)',
      value: Math.round(summariseChain(lastSlow.steps).jsBytes / 100) / 10,
      unit: 'kB',
    });
  }
  return figures;
}

function serverFigures(
  server: Server,
  times: Map<string, number[]>,
  last: Map<string, Load>,
): Figure[] {
  const figures: Figure[] = [];
  for (const measured of server.measures) {
    const what = measured === 'invite' ? 'invitation link → first screen' : 'results → chart';
    for (const key of server.profiles) {
      figures.push(
        timedFigure({
          key: `phone.${measured}.${server.key}${key}.ms`,
          label: `cold ${what}, ${phoneProfiles[key].name}, ${server.label}`,
          times: times.get(`${measured}.${key}`) ?? [],
        }),
      );
    }
    const load = last.get(`${measured}.slow4g`);
    if (!load) continue;
    const trace = join(traceDir, `phone-${measured}-${server.key}slow4g.txt`);
    const shownAt = `— shown at ${load.ms.toFixed(0)} ms after navigation; sent after it, not counted:`;
    writeFileSync(trace, `${formatChain(load.steps)}\n${shownAt}\n${formatChain(load.later)}\n`);
    console.error(`  request trace of ${what} at slow 4G, ${server.label}: ${trace}`);
    const chain = summariseChain(load.steps);
    const prefix = `phone.${measured}.${server.key}`;
    figures.push(
      {
        key: `${prefix}jsDepth`,
        label: `${what}, ${server.label}: round trips after the HTML to the last JS file`,
        value: chain.jsDepth,
        unit: 'count',
      },
      {
        key: `${prefix}jsRequests`,
        label: `${what}, ${server.label}: JS requests`,
        value: chain.jsRequests,
        unit: 'count',
      },
      {
        key: `${prefix}js.kB`,
        label: `${what}, ${server.label}: JS over the wire (gzip, with headers)`,
        value: Math.round(chain.jsBytes / 100) / 10,
        unit: 'kB',
      },
      {
        key: `${prefix}all.kB`,
        label: `${what}, ${server.label}: everything over the wire`,
        value: Math.round(chain.allBytes / 100) / 10,
        unit: 'kB',
      },
    );
  }
  return figures;
}
