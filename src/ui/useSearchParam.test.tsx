import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { useSearchParam } from './useSearchParam';

describe('useSearchParam', () => {
  it('decodes a parameter once, keeping a literal "%29" in an answer code', () => {
    const code = 'CKR2:.B2Y$Y%29RRK';
    const search = `c=${encodeURIComponent(code)}`;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Router searchHook={() => search}>{children}</Router>
    );
    const { result } = renderHook(() => useSearchParam('c'), { wrapper });
    expect(result.current).toBe(code);
  });
});
