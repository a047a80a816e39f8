import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { TrendsPanel } from './TrendsPanel';
import { RegistryContext } from '../../ui/registry-context';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { createCollective } from '../../storage/collectives-repository';
import { setScanStatus, startScan } from '../../storage/scans-repository';
import { addRespondent } from '../../storage/responses-repository';
import { testRegistry, selfScanV1 } from '../../../tests/support/questionnaires';
import { collectiveInput } from '../../../tests/support/fixtures';
import { testRuntime } from '../../../tests/support/runtime';

/** Every likert item of the self-scan answered with the same value. */
function allLikert(value: number) {
  return Object.fromEntries(
    selfScanV1.items
      .filter((i) => i.type === 'likert5')
      .map((i) => [i.id, i.reverse ? 6 - value : value]),
  );
}

async function renderTrends(closedScans: number[]) {
  const registry = await testRegistry();
  const ref = registry.latest('ck-selfscan')!.ref;
  const db = getDatabase();
  const runtime = testRuntime();
  const collective = await createCollective(db, collectiveInput(), runtime);
  for (const [index, value] of closedScans.entries()) {
    const scan = await startScan(db, {
      collectiveId: collective.id,
      questionnaire: ref,
      label: `Ronde ${index + 1}`,
    });
    await addRespondent(db, { scanId: scan.id, name: 'Ans', answers: allLikert(value) }, runtime);
    await setScanStatus(db, { scanId: scan.id, status: 'closed' }, runtime);
  }
  render(
    <Router hook={memoryLocation({ path: '/' }).hook}>
      <RegistryContext.Provider value={registry}>
        <TrendsPanel collectiveId={collective.id} />
      </RegistryContext.Provider>
    </Router>,
  );
}

describe('TrendsPanel', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows one chart per condition once there are two closed scans, with the scores over time', async () => {
    // every answer 2 → mean 2 → score 25; then every answer 4 → score 75
    await renderTrends([2, 4]);
    const region = await screen.findByRole('region', { name: 'Door de tijd' });
    const charts = within(region).getAllByRole('figure');
    expect(charts).toHaveLength(5);
    expect(charts[0]).toHaveTextContent(
      'Gedeeld leiderschap: Ronde 1 (1.0.0) 25, Ronde 2 (1.0.0) 75',
    );
  });

  it('stays away with a single closed scan', async () => {
    await renderTrends([3]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Door de tijd' })).toBeNull();
  });
});
