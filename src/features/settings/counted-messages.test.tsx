import { renderHook } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import settingsEn from './messages/en.json';
import settingsNl from './messages/nl.json';
import { useCountedList, type Counted } from '../../ui/useCountedList';

async function inLanguage(language: 'nl' | 'en') {
  const instance = i18next.createInstance();
  const resources = {
    nl: { translation: settingsNl },
    en: { translation: settingsEn },
  };
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={instance}>{children}</I18nextProvider>
  );
  return renderHook(() => useCountedList(), { wrapper }).result.current;
}

const device = (collectives: number, scans: number, responses: number): Counted[] => [
  ['dataSafety.counted.collectives', collectives],
  ['dataSafety.counted.scans', scans],
  ['dataSafety.counted.responses', responses],
];

describe('useCountedList (several counts in one phrase, each in its own plural form)', () => {
  it.each([
    ['nl', device(0, 0, 0), '0 collectieven, 0 scans en 0 ingevulde vragenlijsten'],
    ['nl', device(1, 1, 1), '1 collectief, 1 scan en 1 ingevulde vragenlijst'],
    ['nl', device(2, 2, 2000), '2 collectieven, 2 scans en 2.000 ingevulde vragenlijsten'],
    ['en', device(0, 0, 0), '0 collectives, 0 scans and 0 completed questionnaires'],
    ['en', device(1, 1, 1), '1 collective, 1 scan and 1 completed questionnaire'],
    ['en', device(2, 2, 2000), '2 collectives, 2 scans and 2,000 completed questionnaires'],
  ] as const)('%s: %j', async (language, counted, text) => {
    expect((await inLanguage(language))(counted)).toBe(text);
  });
});
