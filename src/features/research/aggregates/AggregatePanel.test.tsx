import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, initI18n } from '../../../i18n';
import { RegistryContext } from '../../../ui/registry-context';
import { testRegistry } from '../../../../tests/support/questionnaires';
import { testResearchResult } from '../../../../tests/support/research-result';
import { AggregatePanel } from './AggregatePanel';

async function renderPanel() {
  render(
    <RegistryContext.Provider value={await testRegistry()}>
      <AggregatePanel result={testResearchResult()} chartWidth={300} />
    </RegistryContext.Provider>,
  );
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('AggregatePanel', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('counts results per questionnaire version', async () => {
    await renderPanel();
    const table = within(screen.getByRole('region', { name: 'Aantal per vragenlijstversie' }));
    expect(cells(table.getByRole('row', { name: /ck-selfscan@1.0.0/ }))).toEqual(['3']);
    expect(cells(table.getByRole('row', { name: /Totaal/ }))).toEqual(['3']);
  });

  it('puts every table in a named box that keyboard users can reach and scroll', async () => {
    await renderPanel();
    const boxes = screen.getAllByRole('region', { name: /^Tabel: .* \(schuift opzij\)$/ });
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    for (const box of boxes) {
      expect(box).toHaveAttribute('tabindex', '0');
      expect(within(box).getByRole('table')).toBeInTheDocument();
    }
    expect(
      screen.getByRole('region', { name: 'Tabel: Aantal per vragenlijstversie (schuift opzij)' }),
    ).toBeInTheDocument();
  });

  it('gives the share per route and the share missing culture as percentages', async () => {
    await renderPanel();
    const region = within(screen.getByRole('region', { name: /^Routes en de noodzakelijke/ }));
    // fits, of, share: 1 of 3 → 33%, 2 of 3 → 67%
    expect(cells(region.getByRole('row', { name: /Route A/ }))).toEqual(['1', '3', '33% ']);
    expect(cells(region.getByRole('row', { name: /Route B/ }))).toEqual(['2', '3', '67% ']);
    expect(cells(region.getByRole('row', { name: /Mist Gedeelde ondernemende cultuur/ }))).toEqual([
      '1',
      '3',
      '33% ',
    ]);
  });

  it('draws a box plot per condition with the numbers in a table next to it', async () => {
    await renderPanel();
    expect(
      screen.getByRole('figure', {
        name: 'Boxplot van de vijf voorwaarden: collectieve gemiddelden op 1–5 (n = 3)',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Boxplot van de vijf voorwaarden/ });
    // culture: median 3.25 → mean 3.35, quartiles 2.75 and 3.75, IQR 1, range 2.25–4.25
    const culture = within(table).getByRole('row', { name: /Cultuur/i });
    expect(cells(culture)).toEqual(['3', '3,35', '3,25', '2,75', '3,75', '1,00', '2,25', '4,25']);
    expect(
      screen.getAllByRole('figure', { name: /aantal uitkomsten per klasse van het gemiddelde/ }),
    ).toHaveLength(5);
  });

  it('splits the distributions by sector, naming generalised groups in words', async () => {
    await renderPanel();
    await userEvent.selectOptions(screen.getByLabelText('Uitsplitsen naar'), 'Sector');
    const table = screen.getAllByRole('table', { name: /Cultuur per Sector/i })[0]!;
    expect(within(table).getByRole('row', { name: /Energie/ })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /Zorg, voedsel, wijk of anders/ }),
    ).toBeInTheDocument();
  });

  it('shades the correlation matrix and prints r with two decimals', async () => {
    await renderPanel();
    const region = within(screen.getByRole('region', { name: 'Samenhang tussen voorwaarden' }));
    // row 0 is the header row
    const row = cells(region.getAllByRole('row')[1]!);
    expect(row[0]).toBe('1,00');
    expect(row[1]).toMatch(/^[-−]0,25$/);
  });

  it('gives the mean change between consecutive scans with its sign', async () => {
    await renderPanel();
    const region = within(
      screen.getByRole('region', { name: /^Verandering tussen opeenvolgende/ }),
    );
    expect(
      region.getByText(/2 paren van opeenvolgende scans bij 1 pseudoniem\./),
    ).toBeInTheDocument();
    // mean change, share improved and declined beyond the margin (hand-made: 1 of 2 improved)
    expect(cells(region.getByRole('row', { name: /Cultuur/i })).slice(0, 3)).toEqual([
      '+0,75',
      '50%',
      '0%',
    ]);
    expect(region.getByText(/meer dan 0,25 op de schaal 1–5/)).toBeInTheDocument();
    // the transition between truth-table rows, and the pair without a configuration
    expect(cells(region.getByRole('row', { name: /10111 11111/ }))).toEqual([
      '10111',
      '11111',
      '1',
    ]);
    expect(region.getByText(/1 paar zonder configuratie/)).toBeInTheDocument();
    expect(cells(region.getByRole('row', { name: /Gedeeld leiderschap/ }))[0]).toMatch(
      /^[-−]0,20$/,
    );
  });
});
