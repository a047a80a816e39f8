import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { testRegistry } from '../../../tests/support/questionnaires';
import { testRuntime } from '../../../tests/support/runtime';
import { buildInvitationFile } from '../../domain/files/invitation-file';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { markInvitationSent, openInvitation } from '../../storage/invitations-repository';
import { saveAnswer } from '../../storage/responses-repository';
import { RegistryContext } from '../../ui/registry-context';
import { OpenInvitationPage } from './OpenInvitationPage';

beforeEach(async () => {
  await resetDatabaseForTests();
  initI18n('nl');
  await chooseLanguage('nl');
});

describe('"Invullen met een uitnodiging": the invitations opened on this device', () => {
  it('says of each whether it was finished and sent, how, when, and whether it changed since', async () => {
    const registry = await testRegistry();
    const questionnaire = registry.entries[0]!.ref;
    const db = getDatabase();
    // the clock ticks a second per call, from 10:00 on 1 March 2027
    const runtime = testRuntime();
    const open = (scanId: string, label: string) =>
      openInvitation(
        db,
        buildInvitationFile({ questionnaire, scanId, label, createdAt: '2027-02-28T10:00:00Z' }),
        runtime,
      );
    await open('scan-a', 'Nooit verstuurd');
    const byCode = await open('scan-b', 'Met de code');
    const byFile = await open('scan-c', 'Als bestand');
    await saveAnswer(db, { responseId: byCode.responseId, itemId: 'culture_1', value: 4 }, runtime);
    await markInvitationSent(db, { scanId: 'scan-b', as: 'code' }, runtime);
    await markInvitationSent(db, { scanId: 'scan-c', as: 'file' }, runtime);
    // an answer changed after the file was saved
    await saveAnswer(db, { responseId: byFile.responseId, itemId: 'culture_2', value: 2 }, runtime);

    render(
      <RegistryContext.Provider value={registry}>
        <OpenInvitationPage />
      </RegistryContext.Provider>,
    );
    expect(
      screen.getByText(/Heb je van je collectief een link, een QR-code of een uitnodigingsbestand/),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list');
    const card = (label: string) =>
      within(list).getByRole('link', { name: label }).closest('li') as HTMLElement;
    expect(await within(list).findAllByRole('listitem')).toHaveLength(3);
    expect(card('Nooit verstuurd')).toHaveTextContent(
      /0 van \d+ vragen beantwoord · nog niet verstuurd$/,
    );
    expect(card('Met de code')).toHaveTextContent(
      /1 van \d+ vragen beantwoord · antwoordcode getoond op 1 maart 2027$/,
    );
    expect(card('Als bestand')).toHaveTextContent(
      /1 van \d+ vragen beantwoord · antwoordbestand bewaard op 1 maart 2027, daarna gewijzigd: stuur je antwoorden opnieuw$/,
    );
  });
});
