// Every file of the bad-file corpus, chosen in the app's real file inputs: each refusal has its own
// Dutch message, and the database is the same afterwards (a full dump of every table, before and after).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { scanSchema } from '../../src/domain/collective/schema';
import { OpenInvitationPage } from '../../src/features/scan/OpenInvitationPage';
import { RemoteRespondentsPanel } from '../../src/features/scan/RemoteRespondentsPanel';
import { BackupPanel } from '../../src/features/settings/BackupPanel';
import { chooseLanguage, initI18n } from '../../src/i18n';
import { createCollective } from '../../src/storage/collectives-repository';
import { getDatabase, resetDatabaseForTests } from '../../src/storage/db';
import { RegistryContext } from '../../src/ui/registry-context';
import { corpusQuestionnaire, corpusScanId } from '../fixtures/bad/corpus-ids';
import { badFileBytes, badFilesFor, forEachBadFile, type BadFile } from '../support/bad-files';
import { dumpDatabase } from '../support/db-dump';
import { collectiveInput } from '../support/fixtures';
import { selfScanV1, testRegistry } from '../support/questionnaires';

// PDFs too: a person may choose any file, whatever the picker suggests
const user = userEvent.setup({ applyAccept: false });

function fileOf(bad: BadFile): File {
  const type = bad.name.endsWith('.pdf') ? 'application/pdf' : 'application/json';
  return new File([badFileBytes(bad)], bad.name, { type });
}

/** Where nothing may be executed: hostile names must stay text. */
function expectNoInjectedElements(): void {
  expect(document.querySelector('script, img[onerror], img[src="x"]')).toBeNull();
}

async function expectRefusedAndUnchanged(before: string, ...texts: string[]) {
  const alert = await screen.findByRole('alert');
  for (const text of texts) expect(alert).toHaveTextContent(text, { normalizeWhitespace: true });
  expect(alert.textContent).not.toMatch(/Error|undefined|Cannot read|stack/);
  expect(await dumpDatabase(getDatabase())).toBe(before);
}

beforeEach(async () => {
  await resetDatabaseForTests();
  initI18n('nl');
  await chooseLanguage('nl');
});

describe('invitation: "Invullen met een uitnodiging"', () => {
  forEachBadFile('invitation', async (bad) => {
    const registry = await testRegistry();
    render(
      <RegistryContext.Provider value={registry}>
        <OpenInvitationPage />
      </RegistryContext.Provider>,
    );
    const before = await dumpDatabase(getDatabase());
    // the picker loads with its texts when the page shows (lazyWithTexts): the first time, in a busy
    // test run, that can take longer than findBy's usual second
    const picker = await screen.findByLabelText(
      'Uitnodigingsbestand kiezen',
      {},
      { timeout: 10_000 },
    );
    await user.upload(picker, fileOf(bad));
    if ('accepted' in bad.expected) {
      // opened, and listed under its label as plain text
      const shown = bad.expected.shows ?? 'Corpus';
      expect(await screen.findByText(shown)).toBeInTheDocument();
      expectNoInjectedElements();
      return;
    }
    await expectRefusedAndUnchanged(before, bad.expected.nl, 'Er is niets geopend of opgeslagen.');
  });
});

async function corpusScan() {
  const db = getDatabase();
  const collective = await createCollective(db, collectiveInput({ name: 'Corpus' }));
  const scan = scanSchema.parse({
    id: corpusScanId,
    collectiveId: collective.id,
    questionnaire: corpusQuestionnaire,
    label: 'Corpus',
    status: 'open',
    startedAt: '2025-03-01T09:00:00.000Z',
    closedAt: null,
  });
  await db.scans.add(scan);
  return scan;
}

describe('response files: "Antwoordbestanden inlezen"', () => {
  forEachBadFile('response', async (bad) => {
    const scan = await corpusScan();
    render(
      <RemoteRespondentsPanel scan={scan} questionnaire={selfScanV1} collectiveName={undefined} />,
    );
    const before = await dumpDatabase(getDatabase());
    await user.upload(screen.getByLabelText(/Antwoordbestanden inlezen/), fileOf(bad));
    if ('accepted' in bad.expected) {
      expect(await screen.findByRole('status')).toHaveTextContent('Ingelezen: 1 nieuw');
      expectNoInjectedElements();
      return;
    }
    await expectRefusedAndUnchanged(before, bad.name, bad.expected.nl, 'Er is niets ingelezen');
  });
});

describe('backup: "Back-up terugzetten"', () => {
  forEachBadFile('backup', async (bad) => {
    await createCollective(getDatabase(), collectiveInput({ name: 'Al op dit apparaat' }));
    render(<BackupPanel />);
    const before = await dumpDatabase(getDatabase());
    await user.upload(screen.getByLabelText(/Back-up terugzetten/), fileOf(bad));
    if ('accepted' in bad.expected) {
      // a good backup is only compared with the device: nothing is written before the person agrees
      expect(
        await screen.findByRole('region', { name: /^Wat staat er in de back-up van/ }),
      ).toBeInTheDocument();
      expect(await dumpDatabase(getDatabase())).toBe(before);
      return;
    }
    await expectRefusedAndUnchanged(
      before,
      'Dit bestand kan niet worden teruggezet. Er is niets veranderd.',
      bad.expected.nl,
    );
  });
});

describe('in English', () => {
  const pick = (name: string) => {
    const found = badFilesFor('backup').find((file) => file.name === name);
    if (!found) throw new Error(`${name} is in the corpus`);
    return found;
  };
  it.each([
    ['nested.json', 'This file is nested deeper than 64 levels.'],
    ['result.json', 'This is a result file, not a backup file.'],
    ['latin1.json', 'This file is not readable text (UTF-8).'],
    ['damaged.pdf', 'This file is not readable text (UTF-8).'],
    ['future-version.backup.json', 'This is a backup file in format version 2.'],
  ])(
    '%s: "%s"',
    async (name, text) => {
      await chooseLanguage('en');
      render(<BackupPanel />);
      const before = await dumpDatabase(getDatabase());
      await user.upload(screen.getByLabelText(/Restore a backup/), fileOf(pick(name)));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
      await expectRefusedAndUnchanged(before, 'This file cannot be restored. Nothing was changed.');
    },
    30_000,
  );
});
