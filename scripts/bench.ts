// `npm run bench`: prints the figures the issues ask for. Speed is measured here, never in tests.
import { benchDomain } from './bench/domain.bench';
import { chromium } from 'playwright-core';
import { benchFunder } from './bench/funder.bench';
import { printFigure } from './bench/measure';
import { benchPdf } from './bench/pdf.bench';

/** The funder's screening of 500 reports in Chromium (issue 9). */
async function runFunderBench(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const figure of await benchFunder({ browser })) {
      printFigure(figure.label, `${figure.value} ${figure.unit}`);
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log('CollectieveKracht self-scan benchmarks\n');
  await benchDomain();
  console.log('');
  await benchPdf();
  console.log('');
  await runFunderBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
