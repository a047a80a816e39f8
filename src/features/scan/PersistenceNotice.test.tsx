import { beforeEach, describe, expect, it } from 'vitest';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { PersistenceNotice } from './PersistenceNotice';
import { usePersistenceRequest } from './usePersistenceRequest';
import type { SaveStatus } from './useAnswerSaver';
import { chooseLanguage, initI18n } from '../../i18n';
import { resetDatabaseForTests } from '../../storage/db';
import { fakeStorage } from '../../../tests/support/fake-storage';

const saved: SaveStatus = { state: 'saved', at: new Date(0) };

describe('asking for persistent storage at the first saved answer', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('asks nothing before an answer is saved, then asks once', async () => {
    const storage = fakeStorage({ willGrant: true });
    const { result, rerender } = renderHook(
      ({ status }: { status: SaveStatus }) => usePersistenceRequest(status, storage),
      { initialProps: { status: { state: 'saving' } as SaveStatus } },
    );
    expect(storage.asks).toBe(0);
    rerender({ status: saved });
    await waitFor(() => expect(result.current).toBe('persistent'));
    rerender({ status: { ...saved, at: new Date(1) } });
    expect(storage.asks).toBe(1);
  });

  it('says why it asked, and what a refusal means with a way to settings', () => {
    render(<PersistenceNotice request="best-effort" />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'zodat hij ze niet opruimt als het apparaat vol raakt, maar de browser belooft dat niet',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Safari doet dat na 7 dagen');
    expect(screen.getByRole('link', { name: 'Naar Instellingen' })).toBeInTheDocument();
  });

  it('says when the browser has not answered, with a way to settings', () => {
    render(<PersistenceNotice request="unknown" />);
    expect(screen.getByRole('status')).toHaveTextContent('de browser heeft nog niet geantwoord');
    expect(screen.getByRole('link', { name: 'Naar Instellingen' })).toBeInTheDocument();
  });

  it('is quiet where the browser cannot be asked', () => {
    const { container } = render(<PersistenceNotice request="unsupported" />);
    expect(container).toBeEmptyDOMElement();
  });
});
