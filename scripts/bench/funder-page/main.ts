// Bench-only page: runs the funder's screening worker on the files chosen in the input, and records
// the main thread's long tasks meanwhile. Built by scripts/bench/funder.bench.ts, never by the app.
// The task that delivers the chosen files (Chromium making 500 File objects, then our change handler)
// starts before the screening does: it is reported apart, as `fileInputTaskMs`.
import { sendJob, type JobEvent } from '../../../src/workers/job-protocol';
import {
  screenedFiles,
  type ScreenFilesPart,
  type ScreenFilesResult,
} from '../../../src/workers/screen-files-job';

type Outcome = {
  ms: number;
  longestTaskMs: number;
  fileInputTaskMs: number;
  statuses: Record<string, number>;
};

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => {
  longTasks.push(...list.getEntries());
}).observe({ type: 'longtask', buffered: true });

const input = document.querySelector<HTMLInputElement>('#files');
const out = document.querySelector<HTMLOutputElement>('#out');

input?.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  longTasks.length = 0;
  const start = performance.now();
  const worker = new Worker(
    new URL('../../../src/workers/screen-files.worker.ts', import.meta.url),
    { type: 'module' },
  );
  const parts: ScreenFilesPart[] = [];
  worker.onmessage = (event: MessageEvent<JobEvent<ScreenFilesResult, ScreenFilesPart>>) => {
    const message = event.data;
    if (message.type === 'progress') return;
    if (message.type === 'part') {
      parts.push(message.part);
      return;
    }
    const statuses: Record<string, number> = {};
    if (message.type === 'done') {
      for (const file of screenedFiles({ parts, result: message.result }))
        statuses[file.status] = (statuses[file.status] ?? 0) + 1;
    } else statuses[`failed:${message.code}`] = 1;
    const during = longTasks.filter((task) => task.startTime >= start);
    const selecting = longTasks.filter(
      (task) => task.startTime < start && task.startTime + task.duration >= start,
    );
    const outcome: Outcome = {
      ms: performance.now() - start,
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
      fileInputTaskMs: Math.max(0, ...selecting.map((task) => task.duration)),
      statuses,
    };
    worker.terminate();
    if (out) out.value = JSON.stringify(outcome);
  };
  void sendJob(worker, { input: {}, items: files });
});
