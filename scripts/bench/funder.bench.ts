// The funder's screening in real Chromium: 500 distinct report PDFs, made once in Node and cached in
// node_modules/.cache, are chosen in a bench-only page (scripts/bench/funder-page) that runs the app's screening
// worker; the figures are the total time and the main thread's longest task. Budget: ≤ 10 s, ≤ 200 ms.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { resultDigest, type ResultFile } from '../../src/domain/files';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { buildReportModel } from '../../src/report/model/report-model';
import { fixtureNames, fixtureResult } from '../../tests/support/fixture-results';
import { selfScanV1 } from '../../tests/support/questionnaires';
import type { Figure } from './measure';

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'selfscan-bench-funder-500-v1');

/** Distinct reports (500 for the budget): the fixtures with a numbered name and scan id, each with its own digest. */
async function reportFiles(reportCount: number): Promise<string[]> {
  mkdirSync(cacheDir, { recursive: true });
  const have = readdirSync(cacheDir).filter((name) => name.endsWith('.pdf'));
  if (have.length < reportCount) {
    console.error(`  generating ${reportCount - have.length} report PDFs into ${cacheDir}…`);
    const fonts = await loadNodeFonts();
    const bases = fixtureNames.map(fixtureResult).filter((r) => r.collective.name !== null);
    for (let i = 0; i < reportCount; i += 1) {
      const path = join(cacheDir, `report-${String(i).padStart(3, '0')}.pdf`);
      if (existsSync(path)) continue;
      const base = bases[i % bases.length] as ResultFile;
      const variant: ResultFile = {
        ...base,
        collective: { ...base.collective, name: `${base.collective.name ?? ''} ${i}` },
        scan: { ...base.scan, id: `bench-${i}` },
      };
      const result = { ...variant, digest: await resultDigest(variant) };
      const model = buildReportModel({
        result,
        questionnaire: selfScanV1,
        language: i % 2 ? 'en' : 'nl',
      });
      writeFileSync(path, await renderReportPdf({ model, result, fonts }));
    }
  }
  return readdirSync(cacheDir)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .slice(0, reportCount)
    .map((name) => join(cacheDir, name));
}

/** A port nobody listens on now (the bench page must not take another process's port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds and serves the bench page; `baseUrl` is unused (the app has no entry for the bare worker). */
export async function benchFunder({
  browser,
  count = 500,
}: {
  baseUrl?: string;
  browser: Browser;
  count?: number;
}): Promise<Figure[]> {
  const files = await reportFiles(count);
  const outDir = join(tmpdir(), 'selfscan-bench-funder-page');
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'funder-page'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: join(import.meta.dirname, 'funder-page'),
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.setInputFiles('#files', files);
    await page.waitForFunction(() => document.querySelector('output')?.value !== '', undefined, {
      timeout: 120_000,
    });
    const outcome = JSON.parse(
      (await page.evaluate(() => document.querySelector('output')?.value)) ?? '{}',
    ) as {
      ms: number;
      longestTaskMs: number;
      fileInputTaskMs: number;
      statuses: Record<string, number>;
    };
    if (outcome.statuses.intact !== files.length) {
      throw new Error(
        `funder bench: expected ${files.length} intact, got ${JSON.stringify(outcome.statuses)}`,
      );
    }
    return [
      {
        key: `funder.screen${files.length}.ms`,
        label: `screen ${files.length} report PDFs in the worker`,
        value: Math.round(outcome.ms),
        unit: 'ms',
      },
      {
        key: `funder.screen${files.length}.longestTask.ms`,
        label: 'main thread: longest task meanwhile',
        value: Math.round(outcome.longestTaskMs),
        unit: 'ms',
      },
      {
        key: `funder.screen${files.length}.fileInputTask.ms`,
        label: 'main thread: the task that hands over the chosen files',
        value: Math.round(outcome.fileInputTaskMs),
        unit: 'ms',
      },
    ];
  } finally {
    await page.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
