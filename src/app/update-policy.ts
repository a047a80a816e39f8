/** Pages where someone may be filling in answers: an update must never reload them unasked. */
export function isFillInPath(path: string): boolean {
  return /^\/scans\/[^/]+\/respond(\/|$)/.test(path) || /^\/respond(\/|$)/.test(path);
}

/**
 * A waiting version is applied without asking only when the person moves to another page that is
 * not a fill-in page: they are between tasks, and the reload lands on the page they asked for.
 */
export function shouldApplyWaitingUpdate(input: {
  isWaiting: boolean;
  pathWhenNoticed: string | null;
  path: string;
}): boolean {
  if (!input.isWaiting || input.pathWhenNoticed === null) return false;
  return input.path !== input.pathWhenNoticed && !isFillInPath(input.path);
}
