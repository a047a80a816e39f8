import { describe, expect, it } from 'vitest';
import './zod-without-eval';
import { z } from './zod-mini';

describe('zod/mini as the domain uses it', () => {
  it('words issues in English, as classic zod does, without classic loaded', () => {
    const parsed = z.string().check(z.maxLength(3)).safeParse('four');
    expect(parsed.error?.issues[0]?.message).toBe(
      'Too big: expected string to have <=3 characters',
    );
  });

  it('keeps the jitless setting made before it loaded', () => {
    expect(z.config().jitless).toBe(true);
  });
});
