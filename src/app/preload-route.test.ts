import { describe, expect, it } from 'vitest';
import { isInvitationLink, sectionOfPath } from './preload-route';

describe('sectionOfPath: the section that draws an address, known before React renders', () => {
  it.each([
    ['/', 'home'],
    ['', 'home'],
    ['/example', 'collectives'],
    ['/collectives', 'collectives'],
    ['/collectives/new', 'collectives'],
    ['/collectives/c1/edit', 'collectives'],
    ['/scans/s1', 'collectives'],
    ['/scans/s1/results', 'results'],
    ['/scans/s1/codes', 'codes'],
    ['/scans/s1/respond/r1', 'fillIn'],
    ['/scans/s1/respond/r1/page-2/item-3', 'fillIn'],
    ['/respond', 'fillIn'],
    ['/respond?i=3.abc', 'fillIn'],
    ['/respond/s1/review', 'fillIn'],
    ['/questionnaires/ck-selfscan/1.0.0', 'questionnaires'],
    ['/settings', 'settings'],
    ['/funder/compare', 'funder'],
    ['/research/join?s=x', 'research'],
    ['/shared-file', 'codes'],
  ])('%s → %s', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
  });

  it('names none for an address no section draws', () => {
    expect(sectionOfPath('/nowhere')).toBeUndefined();
    expect(sectionOfPath('/scans/s1/elsewhere')).toBeUndefined();
  });
});

describe('isInvitationLink: a member’s link, known from the address alone', () => {
  it.each([
    ['#/respond?i=3.abc', true],
    ['/respond?i=3.abc', true],
    ['#/respond/?i=3.abc', true],
    ['#/respond?x=1&i=3.abc', true],
    ['#/respond', false],
    ['#/respond?x=1', false],
    ['#/respond/s1/welcome?i=3.abc', false],
    ['#/scans/s1/respond/r1?i=3.abc', false],
    ['#/', false],
  ])('%s → %s', (hash, expected) => {
    expect(isInvitationLink(hash)).toBe(expected);
  });
});
