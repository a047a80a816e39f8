import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { printFigure } from './measure';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.BENCH_PORT ?? 4391);

/** Click → PDF saved in real Chromium on the example collective, and the PDF's size. */
export async function benchPdf(runs = 5): Promise<void> {
  if (!existsSync(chromiumPath)) {
    printFigure(
      'click → PDF saved (example collective)',
      `skipped: no Chromium at ${chromiumPath}`,
    );
    return;
  }
  if (
    spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    }).status !== 0
  )
    throw new Error('vite build failed');
  const server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/#/example`);
    await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    const button = page.getByRole('button', { name: 'Download PDF-rapport' });
    await button.waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const path = join(dir, `report-${i}.pdf`);
      await download.saveAs(path);
      times.push(performance.now() - start);
      size = statSync(path).size;
      await page.getByRole('button', { name: 'Download PDF-rapport' }).waitFor();
    }
    const sorted = [...times].sort((a, b) => a - b);
    printFigure(
      'click → PDF saved, first click (loads jsPDF and fonts)',
      `${Math.round(times[0] ?? NaN)} ms`,
    );
    printFigure(
      `click → PDF saved, median of ${runs}`,
      `${Math.round(sorted[Math.floor(runs / 2)] ?? NaN)} ms`,
    );
    printFigure('PDF size, example collective', `${(size / 1024).toFixed(0)} kB`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
