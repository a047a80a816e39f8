import { describe, expect, it } from 'vitest';
import { isFillInPath, shouldApplyWaitingUpdate } from './update-policy';

describe('isFillInPath', () => {
  it.each([
    ['/scans/s1/respond/r1', true],
    ['/scans/s1/respond/r1/leadership/L1', true],
    ['/respond', true],
    ['/respond/s1/review', true],
    ['/scans/s1', false],
    ['/scans/s1/results', false],
    ['/settings', false],
    ['/respondents', false],
  ])('%s → %s', (path, expected) => {
    expect(isFillInPath(path)).toBe(expected);
  });
});

describe('shouldApplyWaitingUpdate', () => {
  it.each([
    ['nothing waiting', false, '/', '/settings', false],
    ['still on the page where it was noticed', true, '/scans/s1', '/scans/s1', false],
    [
      'moved from a fill-in page to the scan page',
      true,
      '/scans/s1/respond/r1/a',
      '/scans/s1',
      true,
    ],
    [
      'moved to another fill-in page',
      true,
      '/scans/s1/respond/r1/a',
      '/scans/s1/respond/r1/b',
      false,
    ],
    ['moved from home to settings', true, '/', '/settings', true],
  ])('%s', (_case, isWaiting, pathWhenNoticed, path, expected) => {
    expect(shouldApplyWaitingUpdate({ isWaiting, pathWhenNoticed, path })).toBe(expected);
  });

  it('does nothing before the waiting version was noticed on a page', () => {
    expect(shouldApplyWaitingUpdate({ isWaiting: true, pathWhenNoticed: null, path: '/' })).toBe(
      false,
    );
  });
});
