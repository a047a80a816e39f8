// `npm run bench`: prints the figures the issues ask for. Speed is measured here, never in tests.
import { benchDomain } from './bench/domain.bench';
import { benchPdf } from './bench/pdf.bench';

async function main(): Promise<void> {
  console.log('CollectieveKracht self-scan benchmarks\n');
  await benchDomain();
  console.log('');
  await benchPdf();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
