import { renderHook } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useFormatNumber } from './useFormatNumber';

async function inLanguage(language: 'nl' | 'en', options?: Intl.NumberFormatOptions) {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: {} });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={instance}>{children}</I18nextProvider>
  );
  return renderHook(() => useFormatNumber(options), { wrapper }).result.current;
}

describe('useFormatNumber (numbers in the UI language, rounded as shown)', () => {
  it.each([
    ['nl', 2000, '2.000'],
    ['en', 2000, '2,000'],
    ['nl', 89.99999999999999, '90'],
    ['en', 89.99999999999999, '90'],
  ] as const)('%s: %d → %s', async (language, value, text) => {
    expect((await inLanguage(language))(value)).toBe(text);
  });

  it('keeps the decimals asked for, with the language’s separator', async () => {
    const format = await inLanguage('nl', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(format(0.8)).toBe('0,80');
  });
});
