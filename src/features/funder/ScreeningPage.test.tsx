import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../app/App';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import {
  deleteScreeningData,
  listApplicants,
  saveScreenedBatch,
} from '../../storage/screening-repository';
import { defaultCriteria } from '../../domain/screening/criteria';
import { buildScreeningFile } from '../../domain/screening/screening-file';
import { fixtureResults, screenedResult } from '../../../tests/support/screened';
import { selfScanV1, testRegistry } from '../../../tests/support/questionnaires';

const title = (id: string) => selfScanV1.conditions.find((c) => c.id === id)!.title.nl;

async function openScreening() {
  await saveScreenedBatch(
    getDatabase(),
    fixtureResults.map((f) => screenedResult(f.result)),
  );
  window.location.hash = '#/funder';
  render(<App registry={await testRegistry()} />);
  // the section is a lazy chunk: its first import may take a while when the whole suite runs
  await screen.findByRole('heading', { level: 1, name: 'Financier' }, { timeout: 10000 });
  return screen.findByRole('table', { name: /Aanvragen met hun scores/ });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(2);
const rowOf = (table: HTMLElement, name: string) =>
  bodyRows(table).find((row) => within(row).queryByRole('rowheader', { name }))!;

describe('the funder screening table', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('lists every applicant with profile labels, scores and routes', async () => {
    const table = await openScreening();
    expect(bodyRows(table)).toHaveLength(7);
    const zonnedael = rowOf(table, 'Energiecoöperatie Zonnedael');
    const sector = selfScanV1.items.find((i) => i.id === 'sector');
    const options = sector?.type === 'single-choice' ? sector.options : [];
    const energy = options.find((o) => o.value === 'energy')!.label.nl;
    expect(zonnedael).toHaveTextContent(energy);
    expect(zonnedael).toHaveTextContent('A + B');
    expect(zonnedael).toHaveTextContent('Ongeschonden');
  });

  it('sorts on a column header and says so with aria-sort', async () => {
    const user = userEvent.setup();
    const table = await openScreening();
    const header = within(table).getByRole('columnheader', { name: new RegExp(title('network')) });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(within(bodyRows(table)[0]!).getByRole('rowheader')).toHaveTextContent(
      'Dorpshuis Ons Belang',
    );
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(within(bodyRows(table)[0]!).getByRole('rowheader')).toHaveTextContent(
      'Zorgcoöperatie Hoogland',
    );
  });

  it('puts the table in a named box that scrolls sideways and a keyboard can reach', async () => {
    const table = await openScreening();
    const region = screen.getByRole('region', { name: 'Tabel: Aanvragen (schuift opzij)' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('filters on a choice, a text and a minimum', async () => {
    const user = userEvent.setup();
    const table = await openScreening();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter op Sector' }), 'energy');
    expect(bodyRows(table)).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: 'Filter op Collectief' }), 'zon');
    expect(bodyRows(table)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await user.type(screen.getByRole('textbox', { name: `${title('network')}: minimaal` }), '80');
    expect(bodyRows(table)).toHaveLength(3);
    expect(screen.getByText(/3 van 7 aanvragen getoond/)).toBeInTheDocument();
  });

  it('saves criteria and updates pass or fail', async () => {
    const user = userEvent.setup();
    const table = await openScreening();
    expect(within(rowOf(table, 'Zorgcoöperatie Hoogland')).getByText('Voldoet')).toBeVisible();
    await user.click(screen.getByText('Jouw criteria'));
    await user.type(screen.getByLabelText(title('culture')), '60');
    await user.click(screen.getByLabelText('Minimaal aantal deelnemers'));
    await user.type(screen.getByLabelText('Minimaal aantal deelnemers'), '4');
    await user.click(screen.getByRole('button', { name: 'Criteria opslaan' }));
    // Hoogland: culture 25 and 3 respondents fail; Groene Stroom (culture 61, 6 respondents) passes;
    // passing: Binnenhof (83, 4), Groene Stroom (61, 6), Oogst (77, 8), Zonnedael (95, 5)
    await within(rowOf(table, 'Zorgcoöperatie Hoogland')).findByText('Voldoet niet');
    expect(within(rowOf(table, 'Zorgcoöperatie Hoogland')).getAllByRole('listitem')).toHaveLength(
      2,
    );
    expect(within(rowOf(table, 'Groene Stroom Westkapelle')).getByText('Voldoet')).toBeVisible();
    expect(screen.getByText(/4 voldoen aan je criteria/)).toBeInTheDocument();
  });

  it('refuses a score over 100 with a Dutch message', async () => {
    const user = userEvent.setup();
    await openScreening();
    await user.click(screen.getByText('Jouw criteria'));
    await user.type(screen.getByLabelText(title('culture')), '120');
    await user.click(screen.getByRole('button', { name: 'Criteria opslaan' }));
    expect(
      await screen.findByText('Vul een heel getal van 0 tot 100 in, of laat het leeg.'),
    ).toBeInTheDocument();
  });

  it('compares two chosen applicants side by side', async () => {
    const user = userEvent.setup();
    await openScreening();
    const compare = screen.getByRole('button', { name: 'Vergelijk (0)' });
    expect(compare).toBeDisabled();
    await user.click(
      screen.getByRole('checkbox', { name: 'Voedselcollectief Oogst kiezen om te vergelijken' }),
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Wooncoöperatie De Binnenhof kiezen om te vergelijken',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Vergelijk (2)' }));
    await screen.findByRole('heading', { level: 1, name: 'Aanvragen vergelijken' });
    const table = screen.getByRole('table', { name: 'Scores naast elkaar' });
    // the wide table scrolls inside a named box that a keyboard can reach
    const region = screen.getByRole('region', {
      name: 'Tabel: Scores naast elkaar (schuift opzij)',
    });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    const culture = within(table).getByRole('row', { name: new RegExp(title('culture')) });
    expect(
      within(culture)
        .getAllByRole('cell')
        .map((c) => c.textContent),
      // in the table's order (Binnenhof's file comes first), not the order they were chosen in
    ).toEqual(['83', '77']);
  });

  it('gives the compare view its own address, so reload and back work', async () => {
    const user = userEvent.setup();
    await openScreening();
    const ids = (await listApplicants(getDatabase())).slice(0, 2).map((a) => a.id);
    window.location.hash = `#/funder/compare/${ids.join(',')}`;
    await screen.findByRole('heading', { level: 1, name: 'Aanvragen vergelijken' });
    expect(screen.getByRole('table', { name: 'Scores naast elkaar' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Terug naar de screening/ }));
    await screen.findByRole('table', { name: /Aanvragen met hun scores/ });
    expect(window.location.hash).toBe('#/funder/');
  });

  it('checks a reopened screening again: a result edited in the file shows as changed', async () => {
    const user = userEvent.setup();
    await openScreening();
    const [kept, ...rest] = await listApplicants(getDatabase());
    const edited = structuredClone(kept!);
    edited.result.collective.name = 'Bewerkt Collectief';
    const file = buildScreeningFile({
      applicants: [edited],
      criteria: defaultCriteria,
      savedAt: '2027-02-02T10:00:00.000Z',
      generator: { app: 'collectievekracht-selfscan', version: '0.1.0' },
    });
    await deleteScreeningData(getDatabase());
    expect(rest.length).toBeGreaterThan(0);
    const input = await screen.findByLabelText('Open een bewaarde screening');
    await user.upload(
      input,
      new File([JSON.stringify(file)], 'screening.json', { type: 'application/json' }),
    );
    await screen.findByText(/screening.json geopend: 1 aanvraag toegevoegd/);
    const table = await screen.findByRole('table', { name: /Aanvragen met hun scores/ });
    expect(rowOf(table, 'Bewerkt Collectief')).toHaveTextContent('Veranderd');
    expect((await listApplicants(getDatabase()))[0]?.status).toBe('changed');
  });

  it('draws a long table 50 rows at a time, with a button for the next', async () => {
    const user = userEvent.setup();
    const base = fixtureResults[0]!.result;
    await saveScreenedBatch(
      getDatabase(),
      Array.from({ length: 60 }, (_, i) => {
        const digest = i.toString(16).padStart(64, '0');
        const name = `Collectief ${i}`;
        return screenedResult({ ...base, digest, collective: { ...base.collective, name } });
      }),
    );
    window.location.hash = '#/funder';
    render(<App registry={await testRegistry()} />);
    const table = await screen.findByRole(
      'table',
      { name: /Aanvragen met hun scores/ },
      {
        timeout: 10000,
      },
    );
    expect(bodyRows(table)).toHaveLength(50);
    await user.click(
      screen.getByRole('button', { name: 'Toon de volgende 10 (50 van 60 rijen staan er nu)' }),
    );
    expect(bodyRows(table)).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /Toon de volgende/ })).not.toBeInTheDocument();
  });
});
