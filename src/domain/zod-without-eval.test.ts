import { describe, expect, it } from 'vitest';
import './zod-without-eval';
import { z } from 'zod';

describe('zod without eval', () => {
  it('reaches zod, loaded after it, as its jitless setting', () => {
    expect(z.config().jitless).toBe(true);
  });
});
