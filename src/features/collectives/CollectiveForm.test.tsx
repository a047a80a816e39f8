import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CollectiveForm } from './CollectiveForm';
import { collectiveItems } from '../../domain/questionnaire/pages';
import { chooseLanguage, initI18n } from '../../i18n';
import { selfScanV1 } from '../../../tests/support/questionnaires';

const profileItems = collectiveItems(selfScanV1);

describe('CollectiveForm', () => {
  beforeEach(async () => {
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('shows a Dutch inline error for a missing name, focuses it, and submits nothing', async () => {
    const onSubmit = vi.fn();
    render(
      <CollectiveForm
        profileItems={profileItems}
        submitLabel="Collectief aanmaken"
        onSubmit={onSubmit}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Collectief aanmaken' }));
    const name = screen.getByRole('textbox', { name: /Naam van het collectief/ });
    expect(await screen.findByText('Vul de naam van het collectief in.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Vul de naam van het collectief in\./);
    expect(name).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    ['15', 'Schrijf het jaar met vier cijfers, bijvoorbeeld 2015.'],
    ['1850', 'Kies een jaar tussen 1900 en nu.'],
    ['3000', 'Kies een jaar tussen 1900 en nu.'],
  ])('refuses founding year %s with a specific message', async (year, message) => {
    const onSubmit = vi.fn();
    render(
      <CollectiveForm profileItems={profileItems} submitLabel="Opslaan" onSubmit={onSubmit} />,
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Naam van het collectief/ }),
      'De Buurtkracht',
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Opgericht in/ }), year);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(
      <CollectiveForm
        profileItems={profileItems}
        submitLabel="Collectief aanmaken"
        onSubmit={onSubmit}
      />,
    );
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Naam van het collectief/ })).toHaveFocus();
    await user.keyboard('Wooncoöperatie De Hofjes');
    await user.tab();
    expect(screen.getByRole('combobox', { name: /sector/i })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: /sector/i }), 'housing');
    await user.type(screen.getByRole('textbox', { name: 'Gemeente' }), 'Utrecht');
    await user.type(screen.getByRole('textbox', { name: /Opgericht in/ }), '2019');
    screen.getByRole('textbox', { name: /Opgericht in/ }).focus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Wooncoöperatie De Hofjes',
      sector: 'housing',
      legalForm: null,
      memberBand: null,
      volunteerBand: null,
      staffBand: null,
      ownIncomeShare: null,
      province: null,
      municipality: 'Utrecht',
      foundingYear: 2019,
    });
  });

  it('offers the options of the questionnaire in the chosen language', async () => {
    render(<CollectiveForm profileItems={profileItems} submitLabel="Opslaan" onSubmit={vi.fn()} />);
    const province = screen.getByRole('combobox', { name: /provincie/i });
    expect(province).toContainElement(screen.getByRole('option', { name: 'Fryslân' }));
    expect(screen.getAllByRole('option', { name: 'Noord-Holland' })).toHaveLength(1);
  });
});
