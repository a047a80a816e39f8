import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoragePanel } from './StoragePanel';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { recordBackupMade } from '../../storage/settings-repository';
import { fakeStorage } from '../../../tests/support/fake-storage';
import { testRuntime } from '../../../tests/support/runtime';

describe('StoragePanel', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows persistent storage, the space used and the last backup', async () => {
    await recordBackupMade(getDatabase(), testRuntime({ start: '2026-11-20T09:00:00.000Z' }));
    render(
      <StoragePanel
        storage={fakeStorage({ isPersisted: true, usage: 1_234_567, quota: 10_001_234_567 })}
      />,
    );
    expect(
      await screen.findByText('Aan: de browser wist deze gegevens niet zonder het je te vragen.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1,2 MB in gebruik, ongeveer 10 GB beschikbaar')).toBeInTheDocument();
    expect(await screen.findByText('20 november 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vraag om blijvende opslag' })).toBeNull();
  });

  it('says what a refusal means, offers install and backup, and asks again on request', async () => {
    const storage = fakeStorage({ isPersisted: false, willGrant: false, usage: 0, quota: 0 });
    render(<StoragePanel storage={storage} />);
    expect(
      await screen.findByText('Uit: de browser heeft niet beloofd de gegevens te bewaren.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Safari wist ze na 7 dagen zonder gebruik/)).toBeInTheDocument();
    expect(screen.getByText(/Installeer de app/)).toBeInTheDocument();
    expect(screen.getByText(/Maak na elke scan een back-up/)).toBeInTheDocument();
    expect(
      screen.getByText('Op dit apparaat is nog nooit een back-up gemaakt.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vraag om blijvende opslag' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'De browser wil dat nu niet beloven.',
    );
    expect(storage.asks).toBe(1);
  });

  it('says persistent storage is not offered when the browser has no storage manager', async () => {
    expect(navigator.storage).toBeUndefined();
    render(<StoragePanel storage={undefined} />);
    expect(
      await screen.findByText(/^Niet aangeboden: deze browser kent geen blijvende opslag/),
    ).toBeInTheDocument();
    expect(screen.getByText('De browser zegt niet hoeveel ruimte er is.')).toBeInTheDocument();
    expect(screen.getByText(/Maak na elke scan een back-up/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vraag om blijvende opslag' })).toBeNull();
  });

  it('says unknown when the browser does not answer whether it keeps the data', async () => {
    render(
      <StoragePanel
        storage={fakeStorage({ persistedNeverAnswers: true, usage: 2_000_000, quota: 4_000_000 })}
        answerWaitMs={20}
      />,
    );
    expect(
      await screen.findByText(
        'Onbekend: de browser heeft niet geantwoord op de vraag of hij de gegevens bewaart.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('2 MB in gebruik, ongeveer 2 MB beschikbaar')).toBeInTheDocument();
    expect(screen.getByText(/Installeer de app/)).toBeInTheDocument();
  });

  it('says the browser has not answered when persist() never does', async () => {
    const storage = fakeStorage({ isPersisted: false, neverAnswers: true });
    render(<StoragePanel storage={storage} answerWaitMs={20} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Vraag om blijvende opslag' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'De browser heeft nog niet geantwoord.',
    );
    expect(storage.asks).toBe(1);
  });

  it('says it does not know the space when the browser has no estimate', async () => {
    render(<StoragePanel storage={fakeStorage({ isPersisted: false, hasNoEstimate: true })} />);
    expect(
      await screen.findByText('Uit: de browser heeft niet beloofd de gegevens te bewaren.'),
    ).toBeInTheDocument();
    expect(screen.getByText('De browser zegt niet hoeveel ruimte er is.')).toBeInTheDocument();
  });

  it('says the same in English', async () => {
    await chooseLanguage('en');
    render(<StoragePanel storage={undefined} />);
    expect(
      await screen.findByText(/^Not offered: this browser has no persistent storage/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The browser does not say how much space there is.'),
    ).toBeInTheDocument();
  });
});
