import type { BrowserContext, Page } from 'playwright-core';
import { instrument, setUpPages, type BenchPages } from './app-setup';
import { kB, sizeOf } from './bundle-files';
import type { BenchContext } from './context';
import { timedFigure, type Figure } from './measure';
import { pageSignal } from './page-signal';

type ColdLoad = { ms: number; js: string[]; page: Page };

/** Opens a page with an empty HTTP cache and no service worker; times navigation → h1 shown. */
async function openCold(context: BrowserContext, url: string): Promise<ColdLoad> {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  const js: string[] = [];
  let done = false;
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!done && path.endsWith('.js')) js.push(path.slice(path.indexOf('assets/')));
  });
  const rendered = pageSignal(page, 'ck-rendered', 30_000);
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await rendered;
  done = true;
  return { ms, js, page };
}

/** Answers `count` questions by clicking; each time from the `change` event to the written row. */
async function autosaveTimes(
  page: Page,
  count: number,
): Promise<{ toDatabase: number[]; toBoth: number[] }> {
  const times: number[] = [];
  const toBoth: number[] = [];
  const names = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLInputElement>('main input[type=radio]')].map((r) => r.name),
    ),
  ]);
  for (let index = 0; index < count; index += 1) {
    const name = names[index % names.length] ?? '';
    await page
      .locator(`main input[type=radio][name="${name}"]`)
      .nth(1 + (index % 3))
      .check();
    const latency = await page.waitForFunction(() => {
      const w = window as unknown as {
        ckChanges: number[];
        ckWrites: { stores: string[]; at: number }[];
      };
      const changed = w.ckChanges.at(-1);
      const write = w.ckWrites.find(
        (x) => changed !== undefined && x.at > changed && x.stores.includes('responses'),
      );
      return write && changed !== undefined ? write.at - changed : false;
    });
    times.push(Number(await latency.jsonValue()));
    const both = await page.waitForFunction(() => {
      const w = window as unknown as { ckChanges: number[]; ckSaved: number[] };
      const changed = w.ckChanges.at(-1);
      const saved = w.ckSaved.find((at) => changed !== undefined && at > changed);
      return saved !== undefined && changed !== undefined ? saved - changed : false;
    });
    toBoth.push(Number(await both.jsonValue()));
  }
  return { toDatabase: times, toBoth };
}

/** Cold first render of home, fill-in and results, the JS each loads before it shows, and autosave. */
export async function benchPages({
  baseUrl,
  browser,
  distDir,
  runs,
}: BenchContext): Promise<Figure[]> {
  const times: Record<keyof BenchPages, number[]> = { home: [], fillIn: [], results: [] };
  const loaded: Record<keyof BenchPages, string[]> = { home: [], fillIn: [], results: [] };
  const saves: number[] = [];
  const savesToBoth: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    try {
      await context.addInitScript(instrument);
      const pages = await setUpPages(context, baseUrl);
      for (const name of ['home', 'fillIn', 'results'] as const) {
        const cold = await openCold(context, pages[name]);
        if (run > 0) times[name].push(cold.ms);
        loaded[name] = cold.js;
        if (name === 'fillIn' && run > 0) {
          const measured = await autosaveTimes(cold.page, 3);
          saves.push(...measured.toDatabase);
          savesToBoth.push(...measured.toBoth);
        }
        await cold.page.close();
      }
    } finally {
      await context.close();
    }
  }
  const bytes = (files: string[]) => kB(sizeOf(distDir, [...new Set(files)]).gzipBytes);
  return [
    timedFigure({
      key: 'render.home.ms',
      label: 'cold first render, home (navigation → h1)',
      times: times.home,
    }),
    timedFigure({
      key: 'render.fill-in.ms',
      label: 'cold first render, fill-in',
      times: times.fillIn,
    }),
    timedFigure({
      key: 'render.results.ms',
      label: 'cold first render, results',
      times: times.results,
    }),
    {
      key: 'loaded.home.js.gzip.kB',
      label: 'JS loaded to show home, gzip (measured)',
      value: bytes(loaded.home),
      unit: 'kB',
    },
    {
      key: 'loaded.fill-in.js.gzip.kB',
      label: 'JS loaded to show fill-in, gzip (measured)',
      value: bytes(loaded.fillIn),
      unit: 'kB',
    },
    {
      key: 'loaded.results.js.gzip.kB',
      label: 'JS loaded to show results, gzip (measured)',
      value: bytes(loaded.results),
      unit: 'kB',
    },
    timedFigure({ key: 'autosave.ms', label: 'autosave, answer → row in IndexedDB', times: saves }),
    timedFigure({
      key: 'autosave.both.ms',
      label: 'autosave, answer → "Opgeslagen" (IndexedDB and the second copy)',
      times: savesToBoth,
    }),
  ];
}
