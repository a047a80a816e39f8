// `npm run bench`: prints the figures the issues ask for. Speed is measured here, never in tests.
import { benchDomain } from './bench/domain.bench';
import { benchPdf } from './bench/pdf.bench';
import { printResearchBrowserBench } from './bench/research-browser.bench';

async function main(): Promise<void> {
  console.log('CollectieveKracht self-scan benchmarks\n');
  await benchDomain();
  console.log('');
  await benchPdf();
  console.log('');
  await printResearchBrowserBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
