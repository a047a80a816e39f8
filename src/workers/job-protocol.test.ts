import { describe, expect, it } from 'vitest';
import { sendJob, serveJob, type JobEvent, type JobRequest } from './job-protocol';

describe('the job protocol', () => {
  it('hands 120 items over in slices of 50 and runs the job once all have come', async () => {
    const posted: JobEvent<number, string>[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (message: unknown) => posted.push(message as JobEvent<number, string>),
    };
    serveJob<{ factor: number }, number, string, number>(
      scope,
      async ({ factor }, progress, { items, sendPart }) => {
        sendPart(`got ${items.length}`);
        progress(items.length, items.length);
        return items.reduce((sum, item) => sum + item, 0) * factor;
      },
    );
    const requests: JobRequest<{ factor: number }, number>[] = [];
    const worker = {
      postMessage: (message: JobRequest<{ factor: number }, number>) => {
        requests.push(message);
        scope.onmessage?.({ data: message } as MessageEvent);
      },
    };
    const items = Array.from({ length: 120 }, (_, i) => i);
    await sendJob(worker, { input: { factor: 2 }, items });
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests.map((r) => (r.type === 'items' ? r.items.length : r.itemCount))).toEqual([
      120, 50, 50, 20,
    ]);
    expect(posted).toEqual([
      { type: 'part', part: 'got 120' },
      { type: 'progress', done: 120, total: 120 },
      { type: 'done', result: 2 * ((119 * 120) / 2) },
    ]);
  });

  it('runs a job without items at once', async () => {
    const posted: unknown[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (m: unknown) => posted.push(m),
    };
    serveJob<string, string>(scope, async (input) => input.toUpperCase());
    scope.onmessage?.({ data: { type: 'start', input: 'ok' } } as MessageEvent);
    await new Promise((resolve) => setTimeout(resolve));
    expect(posted).toEqual([{ type: 'done', result: 'OK' }]);
  });

  it('posts progress, then the result with the buffers to move instead of copy', async () => {
    const posted: { message: unknown; transfer: Transferable[] | undefined }[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (message: unknown, options?: { transfer?: Transferable[] }) => {
        posted.push({ message, transfer: options?.transfer });
      },
    };
    const bytes = new Uint8Array([1, 2, 3]);
    serveJob<number, { bytes: Uint8Array }>(
      scope,
      async (input, progress) => {
        progress(input, 2);
        return { bytes };
      },
      (result) => [result.bytes.buffer as ArrayBuffer],
    );
    scope.onmessage?.({ data: { type: 'start', input: 1 } } as MessageEvent);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([
      { message: { type: 'progress', done: 1, total: 2 }, transfer: [] },
      { message: { type: 'done', result: { bytes } }, transfer: [bytes.buffer] },
    ]);
  });
});
