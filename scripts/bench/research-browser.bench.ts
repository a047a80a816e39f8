// Research section in real Chromium: aggregate 10,000 and 100,000 generated anonymised results in the
// worker through the page, as a researcher would (one JSON Lines bundle through the file input).
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { loadRegistryOrReport } from '../lib/load-registry';
import { questionnairesDir } from '../lib/load-questionnaires';
import { generateResearchData } from '../lib/research-data';
import { printFigure, type Figure } from './measure';

async function writeBundle(n: number, dir: string): Promise<string> {
  const registry = await loadRegistryOrReport(questionnairesDir);
  const entry = registry?.latest('ck-selfscan');
  if (!entry) throw new Error('no ck-selfscan questionnaire');
  const path = join(dir, `research-${n}.jsonl`);
  const out = createWriteStream(path);
  for await (const file of generateResearchData({ n, seed: 11, ...entry })) {
    if (!out.write(`${JSON.stringify(file)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
  return path;
}

// installed before the app loads: every main-thread task over 50 ms, kept for the bench to read
const longTaskObserver = () => {
  const tasks: number[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Time from choosing the bundle to the summary on screen, the main thread's longest task, and the
 * page's peak JS heap (CDP Performance.getMetrics JSHeapUsedSize, sampled every 50 ms). The worker runs
 * in its own isolate, whose heap this figure does not include; the bundle's size is given to compare.
 */
export async function benchResearchBrowser({
  baseUrl,
  browser,
  sizes = [10_000, 100_000],
}: {
  baseUrl: string;
  browser: Browser;
  sizes?: number[];
}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-research-'));
  const figures: Figure[] = [];
  for (const n of sizes) {
    const bundle = await writeBundle(n, dir);
    const context = await browser.newContext();
    await context.addInitScript(longTaskObserver);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}#/research`);
    const input = page.getByLabel('Kies bestanden (.json of .jsonl)');
    await input.waitFor();
    let peak = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peak = Math.max(peak, used);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const sampler = sample();
    const start = performance.now();
    await input.setInputFiles(bundle);
    await page.getByText(`${n} uitkomsten geladen`, { exact: false }).waitFor({ timeout: 600_000 });
    const ms = performance.now() - start;
    sampling = false;
    await sampler;
    const longest = await page.evaluate(() =>
      Math.max(0, ...((window as unknown as { __longTasks: number[] }).__longTasks ?? [])),
    );
    const inputMB = statSync(bundle).size / 1024 ** 2;
    const key = `research.browser${n / 1000}k`;
    figures.push(
      {
        key: `${key}.ms`,
        label: `research: aggregate ${n} results in the worker`,
        value: ms,
        unit: 'ms',
      },
      {
        key: `${key}.longestTask.ms`,
        label: `research: ${n}, main thread's longest task`,
        value: longest,
        unit: 'ms',
      },
      {
        key: `${key}.pageHeapPeak.MB`,
        label: `research: ${n}, page JS heap peak (not the worker's)`,
        value: peak / 1024 ** 2,
        unit: 'MB',
      },
      {
        key: `${key}.input.MB`,
        label: `research: ${n}, input bundle size`,
        value: inputMB,
        unit: 'MB',
      },
    );
    await context.close();
  }
  return figures;
}

/** For `npm run bench` until the shared harness lands: serves dist (built by the PDF bench) and prints. */
export async function printResearchBrowserBench(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 4391) + 1;
  const server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const figures = await benchResearchBrowser({ baseUrl: `http://127.0.0.1:${port}/`, browser });
    for (const figure of figures) {
      printFigure(figure.label, `${Math.round(figure.value * 10) / 10} ${figure.unit}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
