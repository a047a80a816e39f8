import { describe, expect, it } from 'vitest';
import { checkPublishedLock, lockStatus, planLockUpdate } from './published-lock';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);

describe('checkPublishedLock', () => {
  it('accepts an object of id@version to lowercase sha256', () => {
    expect(checkPublishedLock({ 'mini@1.0.0': a })).toEqual({
      ok: true,
      lock: { 'mini@1.0.0': a },
    });
    expect(checkPublishedLock({})).toEqual({ ok: true, lock: {} });
  });

  it.each([
    ['a key without a version', { mini: a }, { ok: false, code: 'bad-entry', key: 'mini' }],
    ['a short hash', { 'mini@1.0.0': 'abc' }, { ok: false, code: 'bad-entry', key: 'mini@1.0.0' }],
    [
      'an upper-case hash',
      { 'mini@1.0.0': a.toUpperCase() },
      { ok: false, code: 'bad-entry', key: 'mini@1.0.0' },
    ],
    ['an array', [], { ok: false, code: 'not-an-object' }],
    ['null', null, { ok: false, code: 'not-an-object' }],
  ])('refuses %s', (_name, value, expected) => {
    expect(checkPublishedLock(value)).toEqual(expected);
  });
});

describe('lockStatus', () => {
  const lock = { 'mini@1.0.0': a };
  it.each([
    [{ id: 'mini', version: '1.0.0', sha256: a }, 'published'],
    [{ id: 'mini', version: '1.0.0', sha256: b }, 'differs'],
    [{ id: 'mini', version: '2.0.0', sha256: a }, 'not-published'],
  ])('%o is %s', (ref, expected) => {
    expect(lockStatus(lock, ref)).toBe(expected);
  });
});

describe('planLockUpdate', () => {
  it('adds new versions in key order and leaves the rest alone', () => {
    const plan = planLockUpdate({
      lock: { 'mini@1.0.0': a },
      refs: [
        { id: 'mini', version: '2.0.0', sha256: b },
        { id: 'mini', version: '1.0.0', sha256: a },
        { id: 'ck-selfscan', version: '1.0.0', sha256: b },
      ],
    });
    expect(plan).toEqual({
      lock: { 'ck-selfscan@1.0.0': b, 'mini@1.0.0': a, 'mini@2.0.0': b },
      added: ['mini@2.0.0', 'ck-selfscan@1.0.0'],
      changed: [],
      missing: [],
    });
    expect(Object.keys(plan.lock)).toEqual(['ck-selfscan@1.0.0', 'mini@1.0.0', 'mini@2.0.0']);
  });

  it('never changes an entry whose file now hashes differently, and reports it', () => {
    const plan = planLockUpdate({
      lock: { 'mini@1.0.0': a },
      refs: [{ id: 'mini', version: '1.0.0', sha256: b }],
    });
    expect(plan).toEqual({
      lock: { 'mini@1.0.0': a },
      added: [],
      changed: [{ key: 'mini@1.0.0', locked: a, actual: b }],
      missing: [],
    });
  });

  it('reports a locked version whose file is gone, and keeps it', () => {
    const plan = planLockUpdate({ lock: { 'mini@1.0.0': a }, refs: [] });
    expect(plan).toEqual({
      lock: { 'mini@1.0.0': a },
      added: [],
      changed: [],
      missing: ['mini@1.0.0'],
    });
  });
});
