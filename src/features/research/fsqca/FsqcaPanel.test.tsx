import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, initI18n } from '../../../i18n';
import { RegistryContext } from '../../../ui/registry-context';
import { testRegistry } from '../../../../tests/support/questionnaires';
import { ResearchJobContext, type ResearchJobHandle } from '../research-context';
import { createSessionStore } from '../research-session';
import {
  testFsqca,
  testMembershipTable,
  testResearchResult,
} from '../../../../tests/support/research-result';
import { FsqcaFigures } from './FsqcaFigures';
import { FsqcaPanel } from './FsqcaPanel';

async function renderPanel() {
  const store = createSessionStore();
  const runs: Parameters<ResearchJobHandle['run']>[0][] = [];
  const value: ResearchJobHandle = {
    store,
    session: store.get(),
    job: { state: 'idle' },
    run: (next) => runs.push(next),
    cancel: () => {},
    inputFor: () => ({ files: [] }),
  };
  render(
    <RegistryContext.Provider value={await testRegistry()}>
      <ResearchJobContext.Provider value={value}>
        <FsqcaPanel result={{ ...testResearchResult(), fsqca: null }} />
        <FsqcaFigures fsqca={testFsqca()} membershipTable={testMembershipTable()} />
      </ResearchJobContext.Provider>
    </RegistryContext.Provider>,
  );
  return runs;
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('FsqcaPanel', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows the truth table with n, consistency, PRI and whether the row meets the thresholds', async () => {
    await renderPanel();
    const region = within(screen.getByRole('region', { name: 'Waarheidstabel' }));
    const rows = region.getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['1', '0', '1', '1', '1', '2', '0,912', '0,850', 'ja (1)'],
      ['0', '0', '0', '1', '0', '1', '0,500', '0,200', 'nee (0)'],
      ['0', '0', '0', '0', '0', '0', '–', '–', 'rest'],
    ]);
    expect(
      region.getByText(
        /Drempels: frequentie ≥ 1, consistentie ≥ 0,80. Uitkomst: actief.csv. Gevallen in de analyse: 120./,
      ),
    ).toBeInTheDocument();
  });

  it('lists the cases at exactly 0.5 apart', async () => {
    await renderPanel();
    expect(
      screen.getByRole('heading', { name: '1 geval precies op 0,5 (in geen enkele rij)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('case-half')).toBeInTheDocument();
  });

  it('folds the ids at 0.5 away, and says how many are not listed beyond the first 100', async () => {
    const atCrossover = Array.from({ length: 103 }, (_, index) => `half-${index}`);
    render(
      <FsqcaFigures
        fsqca={{ ...testFsqca(), atCrossover }}
        membershipTable={testMembershipTable()}
      />,
    );
    const heading = screen.getByRole('heading', {
      name: '103 gevallen precies op 0,5 (in geen enkele rij)',
    });
    const fold = heading.nextElementSibling as HTMLDetailsElement;
    expect(fold.tagName).toBe('DETAILS');
    expect(fold.open).toBe(false);
    await userEvent.click(within(fold).getByText('Toon welke'));
    expect(fold.open).toBe(true);
    expect(within(fold).getAllByRole('listitem')).toHaveLength(100);
    expect(within(fold).getByText('half-99')).toBeVisible();
    expect(within(fold).queryByText('half-100')).toBeNull();
    expect(within(fold).getByText('en nog 3')).toBeVisible();
  });

  it('gives sufficiency of routes A and B and necessity with culture first, thresholds alongside', async () => {
    await renderPanel();
    const sufficiency = screen.getByRole('table', { name: 'Voldoendeheid van de routes' });
    expect(cells(within(sufficiency).getByRole('row', { name: /Route A/ }))).toEqual([
      '0,875',
      '0,600',
    ]);
    const necessity = screen.getByRole('table', { name: /Noodzakelijkheid per voorwaarde/ });
    const headers = within(necessity)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Gedeelde ondernemende cultuur', 'Gedeeld leiderschap']);
    const region = within(screen.getByRole('region', { name: 'Routes en noodzakelijkheid' }));
    expect(region.getByText(/Drempels: frequentie ≥ 1/)).toBeInTheDocument();
  });

  it('pages the membership table 50 rows at a time', async () => {
    await renderPanel();
    const table = screen.getByRole('table', { name: 'Rij 1 tot en met 50 van 120' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    const last = screen.getByRole('table', { name: 'Rij 101 tot en met 120 van 120' });
    expect(within(last).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  });

  it('runs again with a profile variable as outcome and new thresholds', async () => {
    const runs = await renderPanel();
    await userEvent.click(screen.getByLabelText('Een profielvariabele met ankers'));
    const inclusion = screen.getByLabelText('Volledig erin (1)');
    await userEvent.clear(inclusion);
    await userEvent.type(inclusion, '12');
    const consistency = screen.getByLabelText('Consistentie (0–1)');
    await userEvent.clear(consistency);
    await userEvent.type(consistency, '0.75');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw berekenen' }));
    expect(runs).toEqual([
      {
        outcome: {
          kind: 'profile',
          variable: 'age',
          anchors: { exclusion: 2, crossover: 5, inclusion: 12 },
        },
        thresholds: { frequency: 1, consistency: 0.75 },
      },
    ]);
  });
});
