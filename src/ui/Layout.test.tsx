import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { Layout } from './Layout';

function renderLayout() {
  const { hook } = memoryLocation({ path: '/' });
  render(
    <Router hook={hook}>
      <Layout>
        <h1>Inhoud</h1>
      </Layout>
    </Router>,
  );
  return screen.getByRole('button', { name: 'Menu' });
}

describe('the phone menu (a disclosure: on wide screens CSS hides the button and shows the menu)', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('names what it controls and opens and closes on a click', async () => {
    const button = renderLayout();
    expect(button).toHaveAttribute('aria-controls', 'site-menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('site-menu')).toHaveClass('site-menu--open');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the links and the language choice inside, and closes with Escape, focus back on the button', async () => {
    const button = renderLayout();
    await userEvent.click(button);
    const menu = document.getElementById('site-menu')!;
    expect(menu).toContainElement(screen.getByRole('link', { name: 'Instellingen' }));
    expect(menu).toContainElement(screen.getByRole('button', { name: 'English' }));
    screen.getByRole('link', { name: 'Instellingen' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when a link is chosen', async () => {
    const button = renderLayout();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('link', { name: 'Financier' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
