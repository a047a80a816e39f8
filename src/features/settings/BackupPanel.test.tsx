import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from './BackupPanel';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { exportBackup } from '../../storage/backup-repository';
import { addExampleCollective } from '../../storage/example-repository';
import { createCollective, listCollectives } from '../../storage/collectives-repository';
import { collectiveInput } from '../../../tests/support/fixtures';
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
    await addExampleCollective(getDatabase(), entry);
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

  it('shows the backup against the device, then merges it without losing what is only here', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await addExampleCollective(getDatabase(), entry);
    const backup = await exportBackup(getDatabase(), { app: { name: 'test', version: '0' } });
    await resetDatabaseForTests();
    await createCollective(getDatabase(), collectiveInput({ name: 'Alleen op dit apparaat' }));
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText(/Back-up terugzetten/),
      fileOf(JSON.stringify(backup)),
    );
    const table = await screen.findByRole('table', { name: /Back-up tegenover dit apparaat/ });
    const example = within(table).getByRole('row', { name: /Voorbeeld: Energiecoöperatie/ });
    expect(example).toHaveTextContent('1 alleen in de back-up');
    expect(example).toHaveTextContent('6 alleen in de back-up');
    expect(within(table).getByRole('row', { name: /Alleen op dit apparaat/ })).toHaveTextContent(
      'alleen op dit apparaat',
    );
    expect(await listCollectives(getDatabase())).toHaveLength(1);
    expect(screen.getByRole('radio', { name: /Samenvoegen \(aanbevolen\)/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Samengevoegd: 8 onderdeel/onderdelen uit de back-up toegevoegd of bijgewerkt.',
    );
    expect((await listCollectives(getDatabase())).map((c) => c.name).sort()).toEqual([
      'Alleen op dit apparaat',
      'Voorbeeld: Energiecoöperatie De Zonnewijk',
    ]);
  });

  it('replaces everything only after that choice, offering a backup of the device first', async () => {
    const entry = (await testRegistry()).latest('ck-selfscan')!;
    await addExampleCollective(getDatabase(), entry);
    const backup = await exportBackup(getDatabase(), { app: { name: 'test', version: '0' } });
    await resetDatabaseForTests();
    await createCollective(getDatabase(), collectiveInput({ name: 'Verdwijnt' }));
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText(/Back-up terugzetten/),
      fileOf(JSON.stringify(backup)),
    );
    await userEvent.click(await screen.findByRole('radio', { name: /Alles vervangen/ }));
    expect(
      screen.getByRole('button', { name: 'Eerst back-up maken van dit apparaat' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, alles vervangen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Vervangen: nu staan hier 1 collectief en 6 ingevulde vragenlijsten uit de back-up.',
    );
    expect((await listCollectives(getDatabase())).map((c) => c.name)).toEqual([
      'Voorbeeld: Energiecoöperatie De Zonnewijk',
    ]);
  });
});
