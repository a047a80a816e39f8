// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serveJob } from './job-protocol';

describe('serveJob', () => {
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
