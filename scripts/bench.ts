// `npm run bench [-- --check] [-- --runs N] [-- --only research]`: the one place for speed figures
// (issue #12). Builds, serves the production build on BENCH_PORT, measures in headless Chromium (a
// fresh profile per run), prints one table with each figure against its budget, and as its LAST line
// one JSON object with every figure. `--check` exits 1 when a budget in bench-budgets.json is missed. `--only word`
// runs the modules whose name contains the word (and judges only the budgets of their figures).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { benchBundle } from './bench/bundle.bench';
import { judge, readBudgets } from './bench/budgets';
import type { BenchContext, BenchModule } from './bench/context';
import { benchDomain } from './bench/domain.bench';
import { benchFunder } from './bench/funder.bench';
import type { Figure } from './bench/measure';
import { benchPages } from './bench/pages.bench';
import { benchPdf } from './bench/pdf.bench';
import { benchResearchBrowser } from './bench/research-browser.bench';
import { benchResearchNode } from './bench/research.bench';
import { printJsonLine, printTable } from './bench/report';

/** Every bench module; a new one plugs in with one line. */
const modules: BenchModule[] = [
  { name: 'bundle', run: async ({ distDir }) => benchBundle({ distDir }) },
  { name: 'pages', run: (context) => benchPages(context) },
  { name: 'pdf', run: (context) => benchPdf(context) },
  { name: 'domain', run: () => benchDomain() },
  { name: 'funder', run: ({ browser }) => benchFunder({ browser }) },
  { name: 'research (Node)', run: () => benchResearchNode() },
  // 100,000 results are a 600 MB bundle; BENCH_RESEARCH_SIZES=10000 for a quick run
  {
    name: 'research (browser)',
    run: ({ baseUrl, browser }) =>
      benchResearchBrowser({
        baseUrl,
        browser,
        sizes: (process.env.BENCH_RESEARCH_SIZES ?? '10000,100000').split(',').map(Number),
      }),
  },
];

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.BENCH_PORT ?? 4391);
const args = process.argv.slice(2);
const isCheck = args.includes('--check');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1]?.toLowerCase() : undefined;
const chosen = modules.filter((module) => !only || module.name.toLowerCase().includes(only));

function build(): void {
  console.error('building…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function main(): Promise<number> {
  if (!existsSync(chromiumPath)) {
    console.error(`No Chromium at ${chromiumPath}: apt-get install -y chromium`);
    return 2;
  }
  build();
  const server = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const figures: Figure[] = [];
  try {
    const context: BenchContext = {
      baseUrl: `http://127.0.0.1:${port}/`,
      browser,
      distDir: 'dist',
      runs,
    };
    if (chosen.length === 0)
      throw new Error(`--only ${only}: no bench module has that in its name`);
    for (const module of chosen) {
      const started = performance.now();
      console.error(`measuring ${module.name}…`);
      figures.push(...(await module.run(context)));
      console.error(`  ${module.name}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    console.log(
      `\nCollectieveKracht self-scan benchmarks: ${runs} runs after a warm-up, medians (min–max); ` +
        `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ` +
        `Chromium ${browser.version()}\n`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const budgets = Object.entries(readBudgets().bench).filter(
    ([key]) => !only || figures.some((figure) => figure.key === key),
  );
  const verdicts = judge(figures, Object.fromEntries(budgets));
  printTable(figures, verdicts);
  printJsonLine(figures);
  return isCheck && verdicts.some((v) => v.isOver) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
