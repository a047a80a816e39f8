import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { CollectivePage } from './CollectivePage';
import { RegistryContext } from '../../ui/registry-context';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { createCollective, getCollective } from '../../storage/collectives-repository';
import { setScanStatus, startScan } from '../../storage/scans-repository';
import { testRegistry } from '../../../tests/support/questionnaires';
import { collectiveInput } from '../../../tests/support/fixtures';
import { testRuntime } from '../../../tests/support/runtime';

async function renderCollective() {
  const registry = await testRegistry();
  const ref = registry.latest('ck-selfscan')!.ref;
  const db = getDatabase();
  const runtime = testRuntime();
  const collective = await createCollective(db, collectiveInput(), runtime);
  const first = await startScan(
    db,
    { collectiveId: collective.id, questionnaire: ref, label: 'Voorjaar' },
    runtime,
  );
  await setScanStatus(db, { scanId: first.id, status: 'closed' }, runtime);
  await startScan(
    db,
    { collectiveId: collective.id, questionnaire: ref, label: 'Najaar' },
    runtime,
  );
  const location = memoryLocation({ path: `/collectives/${collective.id}`, record: true });
  render(
    <Router hook={location.hook}>
      <RegistryContext.Provider value={registry}>
        <CollectivePage params={{ id: collective.id }} />
      </RegistryContext.Provider>
    </Router>,
  );
  return { collective, location };
}

describe('CollectivePage', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows the collective, its scans newest first with status and questionnaire, and its profile worded', async () => {
    await renderCollective();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Energiecoöperatie De Zonnewijk' }),
    ).toBeInTheDocument();
    const scans = screen.getAllByRole('listitem');
    expect(scans.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Najaar',
      'Voorjaar',
    ]);
    expect(scans[0]).toHaveTextContent('Open · ck-selfscan@1.0.0');
    expect(scans[1]).toHaveTextContent('Afgesloten · ck-selfscan@1.0.0');
    const sector = screen.getByText('In welke sector is jullie collectief vooral actief?');
    expect(sector.nextElementSibling).toHaveTextContent('Energie');
  });

  it('says so for a collective that is not on this device', async () => {
    const registry = await testRegistry();
    render(
      <Router hook={memoryLocation({ path: '/collectives/gone' }).hook}>
        <RegistryContext.Provider value={registry}>
          <CollectivePage params={{ id: 'gone' }} />
        </RegistryContext.Provider>
      </Router>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Niet gevonden op dit apparaat' }),
    ).toBeInTheDocument();
  });

  it('deletes the collective after asking, and goes back to the list', async () => {
    const { collective, location } = await renderCollective();
    (await screen.findByRole('button', { name: 'Collectief verwijderen' })).click();
    (await screen.findByRole('button', { name: 'Ja, verwijderen' })).click();
    await expect.poll(() => location.history.at(-1)).toBe('/collectives');
    expect(await getCollective(getDatabase(), collective.id)).toBeUndefined();
  });
});
