import type { CDPSession } from 'playwright-core';
import type { RecordedRequest } from './request-chain';

type Initiator = {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
};

/** The first script URL on an initiator's stack, walking into async parents (dynamic imports). */
function stackUrl(stack: Initiator['stack']): string | undefined {
  for (let at = stack; at; at = at.parent) {
    const frame = at.callFrames.find((f) => f.url !== '');
    if (frame) return frame.url;
  }
  return undefined;
}

/**
 * Records every request of a page through its CDP session (Network must be enabled): URL, who
 * asked for it, when it was sent (ms after the first request, and since the epoch) and finished,
 * bytes over the wire.
 */
export function recordRequests(cdp: CDPSession): () => RecordedRequest[] {
  const byId = new Map<string, RecordedRequest>();
  let start: number | undefined;
  const ms = (timestamp: number) => (timestamp - (start ?? timestamp)) * 1000;
  cdp.on('Network.requestWillBeSent', (event) => {
    start ??= event.timestamp;
    if (event.request.url.startsWith('data:')) return;
    const initiator = event.initiator as Initiator;
    byId.set(event.requestId, {
      url: event.request.url,
      initiatorUrl: initiator.url ?? stackUrl(initiator.stack),
      sentMs: ms(event.timestamp),
      finishedMs: undefined,
      encodedBytes: 0,
      sentAtEpochMs: event.wallTime * 1000,
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = byId.get(event.requestId);
    if (!request) return;
    request.finishedMs = ms(event.timestamp);
    request.encodedBytes = event.encodedDataLength;
  });
  return () => [...byId.values()];
}
