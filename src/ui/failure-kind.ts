/**
 * Why something the browser does for the app failed, as a kind the UI words in the person's
 * language: IndexedDB (through Dexie), fetching a piece of the app, the share sheet. The browser's
 * own message is English and technical; it is kept as `detail` for the curious and for bug reports.
 */
export type FailureKind =
  'quota' | 'no-storage' | 'newer-version' | 'storage-closed' | 'load-failed' | 'other';

export type Failure = { kind: FailureKind; detail: string };

/** Error names (DOMException's, and Dexie's own) per kind. */
const kindOfName: Record<string, FailureKind> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'no-storage',
  SecurityError: 'no-storage',
  InvalidAccessError: 'no-storage',
  VersionError: 'newer-version',
  DatabaseClosedError: 'storage-closed',
  ChunkLoadError: 'load-failed',
};

/** A module that could not be fetched: each engine says it in its own words. */
const loadFailedMessage =
  /dynamically imported module|error loading dynamically|importing a module script failed|failed to fetch/i;

function nameAndMessage(error: unknown): { name: string; message: string } {
  if (error !== null && typeof error === 'object') {
    const name = Reflect.get(error, 'name');
    const message = Reflect.get(error, 'message');
    return {
      name: typeof name === 'string' ? name : '',
      message: typeof message === 'string' ? message : String(error),
    };
  }
  return { name: '', message: String(error) };
}

/** Classifies an error; Dexie wraps the browser's error as `inner`, which is looked at too. */
export function failureOf(error: unknown): Failure {
  const outer = nameAndMessage(error);
  const innerError =
    error !== null && typeof error === 'object' ? Reflect.get(error, 'inner') : undefined;
  const inner = innerError === undefined || innerError === null ? null : nameAndMessage(innerError);
  for (const { name, message } of inner ? [inner, outer] : [outer]) {
    const kind = kindOfName[name];
    if (kind) return { kind, detail: outer.message };
    if (loadFailedMessage.test(message)) return { kind: 'load-failed', detail: outer.message };
  }
  return { kind: 'other', detail: outer.message };
}
