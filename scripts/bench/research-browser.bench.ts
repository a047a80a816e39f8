// Research section in real Chromium: aggregate 10,000 and 100,000 generated anonymised results in the
// worker through the page, as a researcher would (one JSON Lines bundle through the file input).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Figure } from './measure';
import { measureParseFloor } from './research-floor';
import { writeResearchBundle } from './research-input';

// installed before the app loads: every main-thread task over 50 ms, and when the page heard of the
// chosen file (its `change` event), kept for the bench to read
const longTaskObserver = () => {
  const tasks: { start: number; duration: number }[] = [];
  Object.assign(window, { __longTasks: tasks, __fileChosenAt: Infinity });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    () => Object.assign(window, { __fileChosenAt: performance.now() }),
    { capture: true, once: true },
  );
};

/**
 * The longest task, wall time, of those still running when the page heard of the file or later.
 * The tasks before it run none of the app's code: Chromium handles the bench's DevTools commands
 * (the start of tracing, setting the file on the input) on the page's thread, one task of 100–340 ms
 * on this machine that ends before the page's `change` event.
 */
const longestTaskSinceFileChosen = () => {
  const { __longTasks: tasks, __fileChosenAt: chosenAt } = window as unknown as {
    __longTasks: { start: number; duration: number }[];
    __fileChosenAt: number;
  };
  return Math.max(
    0,
    ...tasks.filter((task) => task.start + task.duration >= chosenAt).map((task) => task.duration),
  );
};

type TraceEvent = {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
};

/**
 * The main thread's longest task by its own CPU time (the trace's `tdur`), in ms. On a busy machine a
 * task's wall time also counts the time the OS gave the core to other threads (the worker's among
 * them); its CPU time is what the page itself spent.
 */
function longestMainTaskCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => main.has(`${e.pid}:${e.tid}`);
  // from the file's `change` event on, as for the wall time (see longestTaskSinceFileChosen)
  const chosenAt = Math.min(
    ...events
      .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change' && onMain(e))
      .map((e) => e.ts),
  );
  const cpu = events
    .filter((e) => e.name === 'RunTask' && onMain(e) && e.ts + (e.dur ?? 0) >= chosenAt)
    .map((e) => (e.tdur ?? 0) / 1000);
  return Math.max(0, ...cpu);
}

/** Resident memory of a process in MB from /proc (Linux): now, and the peak of its lifetime. */
function residentMB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { now: kB('VmRSS') / 1024, peak: kB('VmHWM') / 1024 };
}

// /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s on Linux (getconf CLK_TCK)
const msPerTick = 10;

/** CPU time (user + system, every thread) of the given processes so far, in ms, from /proc. */
function cpuMs(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name, which is in parentheses and may hold spaces
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime and stime (fields 14 and 15)
  }
  return ticks * msPerTick;
}

/** The renderer processes Chromium runs now (CDP SystemInfo.getProcessInfo). */
async function rendererPids(browser: Browser): Promise<Set<number>> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return new Set(processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));
}

/**
 * Time from choosing the bundle to the summary on screen; the main thread's longest task (a
 * PerformanceObserver for long tasks: wall time) and its longest task's CPU time (a trace); and the growth of the tab's renderer process's peak resident
 * memory over its size before the load (/proc VmHWM − VmRSS): the page, the worker and its heap,
 * the file's bytes as read. The tab's CPU time during the load and during the floor, and what the
 * load's CPU allows on this machine's cores. A fresh browser context per size, so each size gets its
 * own process.
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
  const cores = availableParallelism();
  const figures: Figure[] = [];
  try {
    for (const n of sizes) {
      const bundle = await writeResearchBundle(n, dir);
      const before = await rendererPids(browser);
      const context = await browser.newContext();
      await context.addInitScript(longTaskObserver);
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/research`);
      const input = page.getByLabel('Kies bestanden (.json of .jsonl)');
      await input.waitFor();
      // a researcher who comes back has the app installed: the service worker's first caching of
      // every asset (seconds of a core on a fresh profile) is not part of aggregating
      await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready,
          new Promise((resolve) => setTimeout(resolve, 15_000)),
        ]).then(() => undefined),
      );
      // picking a file in the system's dialog takes a person seconds; the section uses them to start
      // its spare worker and helpers (useWorkerJob's keepSpare), as the floor's worker is started
      // before its clock starts too
      await page.waitForTimeout(2_000);
      const pids = [...(await rendererPids(browser))].filter((pid) => !before.has(pid));
      const baseline = pids.map((pid) => residentMB(pid).now);
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      const cpuBefore = cpuMs(pids);
      const start = performance.now();
      await input.setInputFiles(bundle);
      await page
        .getByText(`${n.toLocaleString('nl-NL')} uitkomsten geladen`, { exact: false })
        .waitFor({ timeout: 600_000 });
      const ms = performance.now() - start;
      const loadCpu = cpuMs(pids) - cpuBefore;
      const trace = await browser.stopTracing();
      // BENCH_RESEARCH_TRACE=1 keeps the load's trace (every thread of the tab) for a closer look
      if (process.env.BENCH_RESEARCH_TRACE) {
        mkdirSync(join('artifacts', 'bench'), { recursive: true });
        writeFileSync(join('artifacts', 'bench', `research-${n / 1000}k.trace.json`), trace);
      }
      const longestCpu = longestMainTaskCpu(trace);
      const growth = Math.max(
        0,
        ...pids.map((pid, i) => residentMB(pid).peak - (baseline[i] ?? 0)),
      );
      const longest = await page.evaluate(longestTaskSinceFileChosen);
      const inputMB = statSync(bundle).size / 1024 ** 2;
      // the floor in the same tab, after the load: one worker reads, decodes and parses the bundle
      const floorCpuBefore = cpuMs(pids);
      const floor = await measureParseFloor(page, bundle);
      const floorCpu = cpuMs(pids) - floorCpuBefore;
      if (floor.lines !== n) throw new Error(`the floor parsed ${floor.lines} lines of ${n}`);
      await context.close();
      rmSync(bundle);
      const key = `research.browser${n / 1000}k`;
      figures.push(
        {
          key: `${key}.ms`,
          label: `research: aggregate ${n} results in the worker`,
          value: ms,
          unit: 'ms',
        },
        {
          key: `${key}.floor.ms`,
          label: `research: ${n}, floor: read, decode and JSON.parse the bundle in one worker`,
          value: floor.ms,
          unit: 'ms',
        },
        {
          key: `${key}.floorRatio`,
          label: `research: ${n}, the load (re-scoring and digests included) / the floor`,
          value: ms / floor.ms,
          unit: 'ratio',
        },
        {
          key: `${key}.cpu.ms`,
          label: `research: ${n}, the tab's CPU time during the load (every thread)`,
          value: loadCpu,
          unit: 'ms',
        },
        {
          key: `${key}.floor.cpu.ms`,
          label: `research: ${n}, the tab's CPU time during the floor (every thread)`,
          value: floorCpu,
          unit: 'ms',
        },
        {
          // the load's CPU spread over every core without a moment idle, against the floor's time:
          // the lowest load / floor ratio this machine allows for the CPU the load spends now
          key: `${key}.cpuBoundRatio`,
          label: `research: ${n}, the load's CPU / ${cores} cores / the floor: the ratio's lower bound here`,
          value: loadCpu / cores / floor.ms,
          unit: 'ratio',
        },
        {
          key: `${key}.longestTask.ms`,
          label: `research: ${n}, main thread's longest task`,
          value: longest,
          unit: 'ms',
        },
        {
          key: `${key}.longestTaskCpu.ms`,
          label: `research: ${n}, main thread's longest task, its CPU time`,
          value: longestCpu,
          unit: 'ms',
        },
        {
          key: `${key}.input.MB`,
          label: `research: ${n}, input bundle size`,
          value: inputMB,
          unit: 'MB',
        },
        {
          key: `${key}.peakGrowth.MB`,
          label: `research: ${n}, renderer's peak memory growth (page + worker)`,
          value: growth,
          unit: 'MB',
        },
        {
          key: `${key}.peakGrowth.ratio`,
          label: `research: ${n}, peak memory growth / input size`,
          value: growth / inputMB,
          unit: 'ratio',
        },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
