import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage, initI18n } from '../../i18n';
import { RegistryContext } from '../../ui/registry-context';
import { dutchName, dutchResult } from '../../../tests/support/report-result';
import { selfScanV1, testRegistry } from '../../../tests/support/questionnaires';
import { AnonymiseForResearch } from './AnonymiseForResearch';

const blobs: Blob[] = [];

async function renderConsent() {
  const result = await dutchResult();
  result.responses[0]!.comments = 'Jan de Vries vindt dat de penningmeester te weinig doet.';
  render(
    <RegistryContext.Provider value={await testRegistry()}>
      <AnonymiseForResearch result={result} questionnaire={selfScanV1} collectiveId="col-42" />
    </RegistryContext.Provider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Anoniem delen voor onderzoek' }));
  return screen.getByRole('region', { name: 'Anoniem delen voor onderzoek' });
}

async function downloaded(): Promise<
  Record<string, unknown> & { collective: Record<string, unknown> }
> {
  await userEvent.click(screen.getByRole('button', { name: 'Download het anonieme bestand' }));
  await screen.findByText('Het anonieme bestand is gedownload.');
  return JSON.parse(await blobs.at(-1)!.text());
}

describe('AnonymiseForResearch', () => {
  beforeEach(async () => {
    blobs.length = 0;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    initI18n('nl');
    await chooseLanguage('nl');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists exactly what is removed and what is kept before anything is made', async () => {
    const step = await renderConsent();
    const removed = within(
      within(step).getByRole('region', { name: 'Dit gaat eruit' }),
    ).getAllByRole('listitem');
    expect(removed.map((item) => item.textContent)).toEqual(
      expect.arrayContaining([
        'De naam van het collectief',
        'De gemeente',
        'Opmerkingen van deelnemers',
        'Antwoorden in eigen woorden (vrije tekst)',
        'Namen en nummers van deelnemers (elke deelnemer krijgt een nieuw willekeurig nummer) (3)',
        expect.stringMatching(/^Rollen van deelnemers, ook in eigen woorden/),
        'Het precieze oprichtingsjaar',
      ]),
    );
    const kept = within(within(step).getByRole('region', { name: 'Dit blijft' })).getAllByRole(
      'listitem',
    );
    expect(kept.map((item) => item.textContent)).toContain(
      'De antwoorden op de gescoorde vragen van 3 deelnemers',
    );
    expect(
      within(step).getByText(/zonder de sleutel kan niemand ze naar jullie terugleiden/),
    ).toBeInTheDocument();
    expect(blobs).toHaveLength(0);
  });

  it('downloads a ck-result-anonymised file without name, municipality, comments or roles', async () => {
    await renderConsent();
    const file = await downloaded();
    const text = JSON.stringify(file);
    expect(file.format).toBe('ck-result-anonymised');
    expect(text).not.toContain(dutchName);
    expect(text).not.toContain('Súdwest-Fryslân');
    expect(text).not.toContain('Jan de Vries');
    expect(text).not.toContain('scan-dutch');
    expect(text).not.toMatch(/"role"|"comments"|"municipality"|"name"/);
    // by default nothing of the profile is shared, and there is no pseudonym without a key
    expect(file.collective.sector).toBe('suppressed');
    expect(file.collective.foundingDecade).toBe('suppressed');
    expect(file.collective.pseudonym).toBeUndefined();
  });

  it('keeps a profile field as a broad group when chosen', async () => {
    await renderConsent();
    await userEvent.selectOptions(screen.getByLabelText('Provincie'), 'Noord-Nederland');
    const file = await downloaded();
    expect(file.collective.province).toBe('region.noord');
  });

  it('with a study key, carries HMAC-SHA-256(key, collective id) as pseudonym', async () => {
    await renderConsent();
    await userEvent.type(screen.getByLabelText('Plak de studiesleutel'), 'studie-2026-geheim');
    const file = await downloaded();
    const expected = createHmac('sha256', 'studie-2026-geheim').update('col-42').digest('hex');
    expect(file.collective.pseudonym).toBe(expected);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('gedownload'));
  });
});
