import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { chooseLanguage, initI18n } from '../i18n';
import { UpdateNotice } from './UpdateNotice';

// the service worker's state, as register-service-worker.ts keeps it, driven by the test
const update = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  const state = { isWaiting: false, applied: 0 };
  return {
    state,
    setWaiting(value: boolean) {
      state.isWaiting = value;
      listeners.forEach((listener) => listener());
    },
    subscribeToUpdate(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
});

vi.mock('./register-service-worker', () => ({
  subscribeToUpdate: update.subscribeToUpdate,
  isUpdateWaiting: () => update.state.isWaiting,
  applyUpdate: () => (update.state.applied += 1),
}));

describe('UpdateNotice', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
    update.setWaiting(false);
  });

  it('shows nothing while no version waits, then loads and shows the banner when one does', async () => {
    const { hook } = memoryLocation({ path: '/respond/s1' });
    render(
      <Router hook={hook}>
        <UpdateNotice />
      </Router>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    act(() => update.setWaiting(true));
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('Er is een nieuwe versie van de app.');
    act(() => screen.getByRole('button', { name: 'Nu bijwerken' }).click());
    expect(update.state.applied).toBe(1);
  });
});
