/** One request of a page load, as the DevTools protocol reported it. */
export type RecordedRequest = {
  url: string;
  /** the document or script whose parsing or running asked for it, when Chromium names one */
  initiatorUrl: string | undefined;
  /** ms after the navigation's first request */
  sentMs: number;
  finishedMs: number | undefined;
  /** bytes over the wire (compressed, with headers) */
  encodedBytes: number;
  /** when it was sent, ms since the epoch (the page's `performance.timeOrigin` clock) */
  sentAtEpochMs?: number;
};

/** A request with its place in the chain: 0 for the page itself, 1 for what the HTML asks for, … */
export type ChainStep = RecordedRequest & { depth: number };

/**
 * How many round trips deep each request was: one more than the request that asked for it. A
 * request whose initiator Chromium does not name (or names a URL not loaded in this page) is taken
 * to hang off the latest request that had finished before it was sent, which is what made it wait.
 */
export function requestChain(requests: RecordedRequest[]): ChainStep[] {
  const sorted = [...requests].sort((a, b) => a.sentMs - b.sentMs);
  const steps: ChainStep[] = [];
  const depthOf = new Map<string, number>();
  sorted.forEach((request, index) => {
    let depth = 0;
    if (index > 0) {
      const parent =
        request.initiatorUrl === undefined
          ? undefined
          : depthOf.get(stripHash(request.initiatorUrl));
      depth = parent === undefined ? fallbackDepth(steps, request) + 1 : parent + 1;
    }
    if (!depthOf.has(stripHash(request.url))) depthOf.set(stripHash(request.url), depth);
    steps.push({ ...request, depth });
  });
  return steps;
}

function fallbackDepth(steps: ChainStep[], request: RecordedRequest): number {
  const before = steps.filter((s) => s.finishedMs !== undefined && s.finishedMs <= request.sentMs);
  return before.reduce((deepest, s) => Math.max(deepest, s.depth), 0);
}

function stripHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/**
 * The steps sent before a moment (ms since the epoch, e.g. `performance.timeOrigin` plus the time
 * the first screen showed) and those sent after: what the page loads once it shows is not part of
 * what it waited for.
 */
export function splitAt(
  steps: ChainStep[],
  epochMs: number,
): { before: ChainStep[]; after: ChainStep[] } {
  const isBefore = (s: ChainStep) => s.sentAtEpochMs === undefined || s.sentAtEpochMs <= epochMs;
  return { before: steps.filter(isBefore), after: steps.filter((s) => !isBefore(s)) };
}

/** The deepest JS request, the JS and all bytes over the wire, and the chain that led to it. */
export function summariseChain(steps: ChainStep[]): {
  jsDepth: number;
  deepestJs: string | undefined;
  jsBytes: number;
  allBytes: number;
  jsRequests: number;
} {
  const js = steps.filter((s) => new URL(s.url).pathname.endsWith('.js'));
  const deepest = js.reduce<ChainStep | undefined>(
    (found, s) => (found === undefined || s.depth > found.depth ? s : found),
    undefined,
  );
  return {
    jsDepth: deepest?.depth ?? 0,
    deepestJs: deepest?.url,
    jsBytes: js.reduce((sum, s) => sum + s.encodedBytes, 0),
    allBytes: steps.reduce((sum, s) => sum + s.encodedBytes, 0),
    jsRequests: js.length,
  };
}

/** The load as text, one request a line: when it was sent and done, its depth, its bytes. */
export function formatChain(steps: ChainStep[]): string {
  return steps
    .map((s) => {
      const path = new URL(s.url).pathname.replace(/^.*\//, '') || '/';
      const done = s.finishedMs === undefined ? '   —  ' : s.finishedMs.toFixed(0).padStart(6);
      return `${s.sentMs.toFixed(0).padStart(6)} ${done} ms  depth ${s.depth}  ${String(s.encodedBytes).padStart(7)} B  ${path}`;
    })
    .join('\n');
}
