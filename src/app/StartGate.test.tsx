import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useContext } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { firstLoadMessages } from '../i18n';
import type { StartReport } from '../storage/second-copy/start-check';
import { EarlyOpenContext, type EarlyOpen } from './early-open-context';
import { StartGate } from './StartGate';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: firstLoadMessages.nl } },
    lng: 'nl',
    initAsync: false,
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const report = (verdict: StartReport['verdict']): StartReport => ({
  verdict,
  port: undefined,
  copyMarker: null,
  databaseCounts: null,
  rebuilt: null,
});

/** A check the test answers by hand, counting how often it was started. */
function manualCheck() {
  let answer: (found: StartReport) => void = () => undefined;
  const check = vi.fn(
    () =>
      new Promise<StartReport>((resolve) => {
        answer = resolve;
      }),
  );
  return { check, answer: (found: StartReport) => answer(found) };
}

/** The page: shows a heading and hands the test what the gate gave it. */
function Page({ onEarly }: { onEarly: (early: EarlyOpen | null) => void }) {
  onEarly(useContext(EarlyOpenContext));
  return <h1>De pagina</h1>;
}

/** Renders a gate that opens early; once the page shows, what the gate gave it. */
async function openEarly(check: () => Promise<StartReport>): Promise<EarlyOpen> {
  let given: EarlyOpen | null = null;
  render(
    <StartGate check={check} opensEarly={Promise.resolve(true)}>
      <Page onEarly={(early) => (given = early ?? given)} />
    </StartGate>,
  );
  await screen.findByRole('heading', { name: 'De pagina' });
  const early = given as EarlyOpen | null;
  if (!early) throw new Error('the page was given no early open');
  return early;
}

describe('StartGate', () => {
  it('shows only the loading notice until the check is done, when the start is not early', async () => {
    const { check, answer } = manualCheck();
    let given: EarlyOpen | null | undefined;
    render(
      <StartGate check={check} opensEarly={Promise.resolve(false)}>
        <Page onEarly={(early) => (given = early)} />
      </StartGate>,
    );
    await screen.findByRole('status');
    expect(check).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'De pagina' })).toBeNull();
    await act(async () => answer(report('fine')));
    await screen.findByRole('heading', { name: 'De pagina' });
    expect(given).toBeNull();
  });

  it('opens early: the page shows before the check, which starts once the page shows', async () => {
    const { check, answer } = manualCheck();
    const early = await openEarly(check);
    expect(check).not.toHaveBeenCalled();
    act(() => early.onShown());
    expect(check).toHaveBeenCalledTimes(1);
    let isReady = false;
    const ready = early.whenStorageReady().then(() => (isReady = true));
    await Promise.resolve();
    expect(isReady).toBe(false);
    await act(async () => answer(report('firstStart')));
    await ready;
    expect(isReady).toBe(true);
    // asked again, it is the same check: never a second one
    await early.whenStorageReady();
    expect(check).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'De pagina' })).toBeDefined();
  });

  it('starts the check after a few seconds when the early page never says it shows', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { check } = manualCheck();
    render(
      <StartGate check={check} opensEarly={Promise.resolve(true)}>
        <Page onEarly={() => undefined} />
      </StartGate>,
    );
    await act(async () => {
      await Promise.resolve();
    });
    expect(check).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(3_999));
    expect(check).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('writes nothing after an early open when the check finds a lost database: the page goes', async () => {
    const { check, answer } = manualCheck();
    const early = await openEarly(check);
    const outcome = early.whenStorageReady().then(
      () => 'ready',
      (error: Error) => error.message,
    );
    await act(async () => answer(report('lost')));
    expect(await outcome).toBe('The database needs recovery.');
    expect(screen.queryByRole('heading', { name: 'De pagina' })).toBeNull();
  });
});
