import { fireEvent, render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testRegistry } from '../../../tests/support/questionnaires';
import { encodeInvitationCode } from '../../domain/files/invitation-code';
import { buildInvitationFile } from '../../domain/files/invitation-file';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { InvitationLinkPage } from './InvitationLinkPage';

beforeEach(async () => {
  await resetDatabaseForTests();
  initI18n('nl');
  await chooseLanguage('nl');
});

async function linkCode(questionnaire?: { id: string; version: string; sha256: string }) {
  const registry = await testRegistry();
  const ref = questionnaire ?? registry.latest('ck-selfscan')?.ref;
  if (!ref) throw new Error('no ck-selfscan in the test registry');
  const file = buildInvitationFile({
    questionnaire: ref,
    scanId: 'scan-link',
    label: 'Najaarsscan',
    collectiveName: 'Zorgcoöperatie Hoogland',
    createdAt: '2027-02-28T10:00:00Z',
  });
  return encodeInvitationCode(file);
}

async function show(input: {
  code: string;
  whenStorageReady?: () => Promise<void>;
  onShown?: () => void;
}) {
  const location = memoryLocation({ path: '/respond', record: true });
  render(
    <Router hook={location.hook}>
      {/* no registry: the welcome needs only the build's summaries of the questionnaires */}
      <InvitationLinkPage
        code={input.code}
        whenStorageReady={input.whenStorageReady ?? (() => Promise.resolve())}
        onShown={input.onShown ?? (() => undefined)}
        fallback={<p>De volledige pagina</p>}
      />
    </Router>,
  );
  return location;
}

describe('a member welcomed from the invitation link alone (a device that never held anything)', () => {
  it('shows whose scan it is and says so once it shows; nothing is stored before Beginnen', async () => {
    const onShown = vi.fn();
    await show({ code: await linkCode(), onShown });
    expect(await screen.findByRole('heading', { level: 2, name: 'Welkom' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Najaarsscan' })).toBeInTheDocument();
    expect(
      screen.getByText('Deze vragenlijst is van Zorgcoöperatie Hoogland.'),
    ).toBeInTheDocument();
    // the self-scan 1.0.0 asks a member 37 questions; at 12 seconds each that is 7.4, so 7 minutes
    expect(screen.getByText('37 vragen, ongeveer 7 minuten.')).toBeInTheDocument();
    await vi.waitFor(() => expect(onShown).toHaveBeenCalledTimes(1));
    expect(await getDatabase().invitations.count()).toBe(0);
  });

  it('on Beginnen waits for the storage, opens the invitation with the name and goes to the first page', async () => {
    let storageReady: () => void = () => undefined;
    const whenStorageReady = vi.fn(() => new Promise<void>((resolve) => (storageReady = resolve)));
    const location = await show({ code: await linkCode(), whenStorageReady });
    fireEvent.change(await screen.findByLabelText('Je naam of rol (mag leeg)'), {
      target: { value: ' Ans ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen' }));
    await vi.waitFor(() => expect(whenStorageReady).toHaveBeenCalledTimes(1));
    expect(await getDatabase().invitations.count()).toBe(0);
    storageReady();
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/respond/scan-link/profile'));
    const invitation = await getDatabase().invitations.get('scan-link');
    expect(invitation?.collectiveName).toBe('Zorgcoöperatie Hoogland');
    const response = await getDatabase().responses.get(invitation?.responseId ?? '');
    expect(response?.name).toBe('Ans');
    expect(response?.answers).toEqual({});
  });

  it('says so and stores nothing when the storage cannot be opened', async () => {
    const location = await show({
      code: await linkCode(),
      whenStorageReady: () => Promise.reject(new Error('The database needs recovery.')),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Beginnen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Beginnen lukte niet: deze browser kon niets bewaren.',
    );
    expect(location.history).toEqual(['/respond']);
    expect(await getDatabase().invitations.count()).toBe(0);
  });

  it('leaves a link it cannot read to the full page', async () => {
    await show({ code: 'not-a-code' });
    expect(await screen.findByText('De volledige pagina')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welkom' })).toBeNull();
  });

  it('leaves a link for a questionnaire this app does not know to the full page', async () => {
    const unknown = { id: 'ck-selfscan', version: '9.9.9', sha256: 'a'.repeat(64) };
    await show({ code: await linkCode(unknown) });
    expect(await screen.findByText('De volledige pagina')).toBeInTheDocument();
  });
});
