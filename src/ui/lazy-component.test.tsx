import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { lazyComponent } from './lazy-component';

function Hello({ name }: { name: string }) {
  return <h2>Hallo {name}</h2>;
}

function Frame({ children }: { children: ReactNode }) {
  return <section aria-label="Lijst">{children}</section>;
}

class Boundary extends Component<{ children: ReactNode }, { hasFailed: boolean }> {
  override state = { hasFailed: false };
  static getDerivedStateFromError() {
    return { hasFailed: true };
  }
  override render() {
    return this.state.hasFailed ? <p role="alert">Mislukt</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('loads the code once for every copy on the page, and draws each inside its frame', async () => {
    const load = vi.fn(() => Promise.resolve(Hello));
    const Lazy = lazyComponent(load, { frame: Frame });
    render(
      <>
        <Lazy name="Bo" />
        <Lazy name="Jet" />
      </>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(2);
    expect(await screen.findByRole('heading', { name: 'Hallo Jet' })).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: 'Lijst' })).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load again the next time it is drawn', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Hello);
    const Lazy = lazyComponent(load);
    const first = render(
      <Boundary>
        <Lazy name="Bo" />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Mislukt');
    first.unmount();
    render(<Lazy name="Bo" />);
    expect(await screen.findByRole('heading', { name: 'Hallo Bo' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
