// The floor of the research load in Chromium: in one worker, read the same bundle in 4 MB slices,
// decode it and JSON.parse every line, nothing else. The research load (re-scoring and digest checks
// included) is held to a ratio of this, measured in the same run on the same machine.
import type { Page } from 'playwright-core';

// runs inside the worker: slices of the file, decoded as a stream, each whole line parsed
const floorWorker = `
self.onmessage = async (event) => {
  const file = event.data;
  const start = performance.now();
  const decoder = new TextDecoder();
  const slice = 4 * 1024 * 1024;
  let rest = '';
  let lines = 0;
  for (let at = 0; at < file.size; at += slice) {
    const text = rest + decoder.decode(await file.slice(at, at + slice).arrayBuffer(), { stream: true });
    let from = 0;
    let end = text.indexOf('\\n', from);
    while (end >= 0) {
      if (end > from) { JSON.parse(text.slice(from, end)); lines += 1; }
      from = end + 1;
      end = text.indexOf('\\n', from);
    }
    rest = text.slice(from);
  }
  if (rest.trim() !== '') { JSON.parse(rest); lines += 1; }
  self.postMessage({ ms: performance.now() - start, lines });
};`;

/** Milliseconds for the floor on the bundle at `path`, and the lines it parsed. */
export async function measureParseFloor(
  page: Page,
  path: string,
): Promise<{ ms: number; lines: number }> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-floor-input';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#bench-floor-input').setInputFiles(path);
  return page.evaluate(async (source) => {
    const input = document.getElementById('bench-floor-input') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) throw new Error('no file chosen for the floor');
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const result = await new Promise<{ ms: number; lines: number }>((resolve) => {
      worker.onmessage = (event: MessageEvent<{ ms: number; lines: number }>) =>
        resolve(event.data);
      worker.postMessage(file);
    });
    worker.terminate();
    URL.revokeObjectURL(url);
    input.remove();
    return result;
  }, floorWorker);
}
