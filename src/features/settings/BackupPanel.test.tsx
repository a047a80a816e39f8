import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from './BackupPanel';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { exportBackup } from '../../storage/backup-repository';
import { loadExampleCollective } from '../../storage/example-repository';
import { listCollectives } from '../../storage/collectives-repository';
import { testRegistry } from '../../../tests/support/questionnaires';

function fileOf(text: string) {
  return new File([text], 'back-up.json', { type: 'application/json' });
}

describe('BackupPanel', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await loadExampleCollective(getDatabase(), entry);
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText(/Back-up terugzetten/),
      fileOf('{"format":"ck-result","formatVersion":1}'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit bestand kan niet worden teruggezet. Er is niets veranderd.',
    );
    expect(await listCollectives(getDatabase())).toHaveLength(1);
  });

  it('asks before it replaces everything, then restores the backup', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await loadExampleCollective(getDatabase(), entry);
    const backup = await exportBackup(getDatabase(), { app: { name: 'test', version: '0' } });
    await resetDatabaseForTests();
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText(/Back-up terugzetten/),
      fileOf(JSON.stringify(backup)),
    );
    expect(
      await screen.findByText(/Alles wat nu op dit apparaat staat, wordt vervangen/),
    ).toBeInTheDocument();
    expect(await listCollectives(getDatabase())).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Teruggezet: 1 collectief/collectieven en 6 ingevulde vragenlijst(en).',
    );
    expect((await listCollectives(getDatabase())).map((c) => c.name)).toEqual([
      'Voorbeeld: Energiecoöperatie De Zonnewijk',
    ]);
  });
});
