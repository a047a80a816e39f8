// `npm run bench [-- --check] [-- --runs N] [-- --only funder,pdf]`: the one place for speed figures (issue #12). Builds,
// serves the production build on BENCH_PORT, measures in headless Chromium (a fresh profile per
// run), prints one table with each figure against its budget, and as its LAST line one JSON object
// with every figure. `--check` exits 1 when a budget in bench-budgets.json is missed. `--only` runs the
// modules whose name contains one of the given words (and judges only their figures).
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
import { benchPhone } from './bench/phone.bench';
import { benchResearchBrowser } from './bench/research-browser.bench';
import { benchResearchNode } from './bench/research.bench';
import { printJsonLine, printTable } from './bench/report';

/** Every bench module; a new one plugs in with one line. */
const modules: BenchModule[] = [
  { name: 'bundle', run: async ({ distDir }) => benchBundle({ distDir }) },
  { name: 'pages', run: (context) => benchPages(context) },
  { name: 'phone', run: (context) => benchPhone(context) },
  { name: 'pdf', run: (context) => benchPdf(context) },
  { name: 'domain', needsApp: false, run: () => benchDomain() },
  { name: 'funder', needsApp: false, run: ({ browser }) => benchFunder({ browser }) },
  { name: 'research (Node)', needsApp: false, run: () => benchResearchNode() },
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
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',').filter(Boolean) : [];
const selected = only.length
  ? modules.filter((module) => only.some((word) => module.name.includes(word)))
  : modules;

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
  if (selected.length === 0) {
    console.error(
      `--only ${only.join(',')}: no such module (${modules.map((m) => m.name).join(', ')})`,
    );
    return 2;
  }
  const needsApp = selected.some((module) => module.needsApp !== false);
  if (needsApp) build();
  const server = needsApp
    ? await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' })
    : undefined;
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
    for (const module of selected) {
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
    if (server) await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const budgets = readBudgets().bench;
  const judged = only.length
    ? Object.fromEntries(
        Object.entries(budgets).filter(([key]) => figures.some((f) => f.key === key)),
      )
    : budgets;
  const verdicts = judge(figures, judged);
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
