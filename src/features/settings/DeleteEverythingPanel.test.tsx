import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeleteEverythingPanel } from './DeleteEverythingPanel';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { addExampleCollective } from '../../storage/example-repository';
import { listCollectives } from '../../storage/collectives-repository';
import { testRegistry } from '../../../tests/support/questionnaires';

describe('DeleteEverythingPanel', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('names what will be lost, offers a backup first, and deletes only when confirmed', async () => {
    await addExampleCollective(getDatabase(), (await testRegistry()).latest('ck-selfscan')!);
    render(<DeleteEverythingPanel />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Alles op dit apparaat wissen' }),
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Dit wist 1 collectief, 1 scan en 6 ingevulde vragenlijsten van dit apparaat.',
    );
    expect(
      screen.getByRole('button', { name: 'Eerst back-up maken van dit apparaat' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await listCollectives(getDatabase())).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Alles op dit apparaat wissen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, alles wissen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Alles op dit apparaat is gewist.');
    expect(await listCollectives(getDatabase())).toHaveLength(0);
    expect(
      await screen.findByText('Er staan geen collectieven, scans of antwoorden op dit apparaat.'),
    ).toBeInTheDocument();
  });
});
