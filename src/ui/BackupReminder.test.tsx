import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { BackupReminder } from './BackupReminder';
import { chooseLanguage, initI18n } from '../i18n';
import { getDatabase, resetDatabaseForTests } from '../storage/db';
import { recordBackupMade } from '../storage/settings-repository';
import { testRuntime } from '../../tests/support/runtime';

describe('BackupReminder', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('asks for a first backup once a scan is closed', async () => {
    render(<BackupReminder closedAt="2026-11-20T10:00:00.000Z" />);
    expect(await screen.findByText(/Deze scan is gesloten. Maak nu een back-up/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back-up maken onder Instellingen' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('names the last backup when the scan was closed after it', async () => {
    await recordBackupMade(getDatabase(), testRuntime({ start: '2026-11-19T10:00:00.000Z' }));
    render(<BackupReminder closedAt="2026-11-20T10:00:00.000Z" />);
    expect(
      await screen.findByText(/gesloten na je laatste back-up \(19 november 2026\)/),
    ).toBeVisible();
  });

  it('stays away while the scan is open or a backup was made since closing', async () => {
    await recordBackupMade(getDatabase(), testRuntime({ start: '2026-11-21T10:00:00.000Z' }));
    const { container, rerender } = render(<BackupReminder closedAt={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<BackupReminder closedAt="2026-11-20T10:00:00.000Z" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });
});
