// `npm run bench`: prints the figures the issues ask for. Speed is measured here, never in tests.
import { benchDomain } from './bench/domain.bench';
import { benchPdf } from './bench/pdf.bench';
import { printFigure } from './bench/measure';
import { benchResearchNode } from './bench/research.bench';

async function main(): Promise<void> {
  console.log('CollectieveKracht self-scan benchmarks\n');
  await benchDomain();
  console.log('');
  await benchPdf();
  console.log('');
  for (const figure of await benchResearchNode()) {
    printFigure(figure.label, `${figure.value.toFixed(1)} ${figure.unit}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
