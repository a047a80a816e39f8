import { describe, expect, it } from 'vitest';
import { failureOf } from './failure-kind';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('failureOf', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    // Dexie wraps the browser's error and names its own
    [Object.assign(named('AbortError'), { inner: named('QuotaExceededError') }), 'quota'],
    [named('MissingAPIError', 'IndexedDB API missing'), 'no-storage'],
    [Object.assign(named('OpenFailedError'), { inner: named('SecurityError') }), 'no-storage'],
    [Object.assign(named('OpenFailedError'), { inner: named('VersionError') }), 'newer-version'],
    [named('DatabaseClosedError'), 'storage-closed'],
    [
      new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'),
      'load-failed',
    ],
    [new TypeError('error loading dynamically imported module'), 'load-failed'],
    [new TypeError('Importing a module script failed.'), 'load-failed'],
    [new Error('something else'), 'other'],
    [null, 'other'],
    ['a string', 'other'],
  ])('%o is a %s failure', (error, kind) => {
    expect(failureOf(error).kind).toBe(kind);
  });

  it('keeps the outer message as the detail', () => {
    const error = Object.assign(named('AbortError', 'Transaction aborted'), {
      inner: named('QuotaExceededError', 'full'),
    });
    expect(failureOf(error)).toEqual({ kind: 'quota', detail: 'Transaction aborted' });
    expect(failureOf(null).detail).toBe('null');
  });
});
