import type { JobEvent } from '../../src/workers/job-protocol';

/**
 * A stand-in for the research worker in component tests: on `start` it posts the given progress steps
 * (and then the result, unless a test wants it left running), each on a later task, like a real worker would.
 */
export class FakeWorker<Result> {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: unknown[] = [];
  isTerminated = false;

  constructor(private readonly events: JobEvent<Result>[]) {}

  postMessage(message: unknown): void {
    this.received.push(message);
    this.events.forEach((data, index) =>
      setTimeout(() => {
        if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent);
      }, index),
    );
  }

  terminate(): void {
    this.isTerminated = true;
  }
}
