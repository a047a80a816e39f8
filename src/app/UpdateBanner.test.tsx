import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { UpdateBanner } from './UpdateBanner';
import { chooseLanguage, initI18n } from '../i18n';

function renderAt(path: string, isWaiting: boolean, onApply: () => void) {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Router hook={location.hook}>
      <UpdateBanner isWaiting={isWaiting} onApply={onApply} />
    </Router>,
  );
  return { ...view, navigate: location.navigate };
}

describe('UpdateBanner', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows nothing while no version waits', () => {
    renderAt('/', false, vi.fn());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('waits on a fill-in page until the person agrees', async () => {
    const onApply = vi.fn();
    const { navigate } = renderAt('/scans/s1/respond/r1/leadership', true, onApply);
    expect(screen.getByRole('status')).toHaveTextContent('Er is een nieuwe versie van de app.');
    act(() => navigate('/scans/s1/respond/r1/community'));
    expect(onApply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('applies by itself on the next move to a page that is not a fill-in page', () => {
    const onApply = vi.fn();
    const { navigate } = renderAt('/scans/s1/respond/r1/leadership', true, onApply);
    act(() => navigate('/scans/s1'));
    expect(onApply).toHaveBeenCalledTimes(1);
  });
});
