import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchContext } from './context';
import { timedFigure, type Figure } from './measure';

async function clickToSaved(page: Page, path: string): Promise<number> {
  const button = page.getByRole('button', { name: 'Download PDF-rapport' });
  await button.waitFor();
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await download.saveAs(path);
  return performance.now() - start;
}

/**
 * Click → PDF saved on the example collective's results, first and second click, each run in a
 * fresh profile; the reader is given a second on the page first, as a person would (the PDF code
 * and fonts load in idle time). And the PDF's size.
 */
export async function benchPdf({ baseUrl, browser, runs }: BenchContext): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  const first: number[] = [];
  const second: number[] = [];
  let size = 0;
  try {
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        await page.goto(`${baseUrl}#/example`);
        await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
        await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
        await page.getByRole('button', { name: 'Download PDF-rapport' }).waitFor();
        await page.waitForTimeout(1000);
        const path = join(dir, `report-${run}.pdf`);
        const firstMs = await clickToSaved(page, path);
        const secondMs = await clickToSaved(page, join(dir, `again-${run}.pdf`));
        size = statSync(path).size;
        if (run > 0) {
          first.push(firstMs);
          second.push(secondMs);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    timedFigure({ key: 'pdf.firstClick.ms', label: 'first click → PDF saved', times: first }),
    timedFigure({ key: 'pdf.secondClick.ms', label: 'second click → PDF saved', times: second }),
    {
      key: 'pdf.size.kB',
      label: 'PDF size, example collective',
      value: Math.round(size / 100) / 10,
      unit: 'kB',
    },
  ];
}
