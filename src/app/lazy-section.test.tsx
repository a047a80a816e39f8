import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { lazyPage } from './lazy-section';
import { SectionBoundary } from './SectionBoundary';

function Hello({ name }: { name: string }) {
  return <h1>Hallo {name}</h1>;
}

describe('lazyPage', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows the loading state, then the page with its props; a second time the page at once', async () => {
    let resolve: (page: typeof Hello) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const Page = lazyPage(load, { registry: false });
    const first = render(<Page name="Bo" />);
    expect(screen.getByRole('status')).toHaveTextContent('Dit deel van de app wordt geladen');
    resolve(Hello);
    expect(await screen.findByRole('heading', { name: 'Hallo Bo' })).toBeInTheDocument();
    first.unmount();

    render(<Page name="Jet" />);
    // no loading state in between: the code is there already
    expect(screen.getByRole('heading', { name: 'Hallo Jet' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('hands a failed load to the section boundary, which words it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Page = lazyPage(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /a.js')),
      { registry: false },
    );
    render(
      <SectionBoundary resetKey="/">
        <Page />
      </SectionBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Een deel van de app kon niet worden opgehaald',
    );
  });
});
