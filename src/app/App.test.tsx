import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { chooseLanguage, initI18n } from '../i18n';
import { testRegistry } from '../../tests/support/questionnaires';

async function renderAt(hash: string) {
  window.location.hash = hash;
  const view = render(<App registry={await testRegistry()} />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('App shell', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
    localStorage.clear();
  });

  it('shows the Dutch home page by default', async () => {
    await renderAt('#/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it.each([
    ['Mijn collectief', 'Mijn collectief'],
    ['Financier', 'Financier'],
    ['Onderzoek', 'Onderzoek'],
    ['Instellingen', 'Instellingen'],
  ])('reaches %s from the header', async (link, heading) => {
    await renderAt('#/');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await userEvent.click(within(nav).getByRole('link', { name: link }));
    // each section is a lazy chunk: the first import of one takes a moment in jsdom
    expect(
      await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a clear page-not-found with a way back', async () => {
    await renderAt('#/bestaat-niet');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/\/bestaat-niet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Terug naar de startpagina' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' }),
    ).toBeInTheDocument();
  });

  it('switches to English, remembers it, and back', async () => {
    await renderAt('#/');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How strong is your collective?' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem('ck.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hoe sterk staat jullie collectief?' }),
    ).toBeInTheDocument();
    expect(localStorage.getItem('ck.language')).toBe('nl');
  });
});
