import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n';
import { SectionBoundary } from './SectionBoundary';

function Failing({ error }: { error: unknown }): never {
  throw error;
}

describe('a section that fails to load', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
    // React reports the caught error on the console; the test looks at the page instead
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('says in Dutch that a part of the app could not be fetched, and offers a retry', () => {
    render(
      <SectionBoundary resetKey="/results">
        <Failing
          error={new TypeError('Failed to fetch dynamically imported module: /assets/r.js')}
        />
      </SectionBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Dit deel van de app kon niet worden geladen. Een deel van de app kon niet worden opgehaald. Controleer de verbinding en laad de pagina opnieuw.',
    );
    expect(screen.getByRole('button', { name: 'Probeer opnieuw' })).toBeInTheDocument();
  });

  it('words a storage opened by a newer version in another tab in English too', async () => {
    await chooseLanguage('en');
    const error = Object.assign(new Error('open failed'), {
      name: 'OpenFailedError',
      inner: Object.assign(new Error('version'), { name: 'VersionError' }),
    });
    render(
      <SectionBoundary resetKey="/fill-in">
        <Failing error={error} />
      </SectionBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A newer version of the app is open in another tab. Close this tab and continue there.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('open failed');
  });
});
