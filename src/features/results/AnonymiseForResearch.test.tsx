import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { buildStudyFile } from '../../domain/research/study/new-study';
import { chooseLanguage, initI18n } from '../../i18n';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { rememberStudy } from '../../storage/studies-repository';
import { RegistryContext } from '../../ui/registry-context';
import { dutchName, dutchResult } from '../../../tests/support/report-result';
import { selfScanV1, testRegistry } from '../../../tests/support/questionnaires';
import { selfscan } from '../../../tests/support/processes';
import { AnonymiseForResearch } from './AnonymiseForResearch';

const blobs: Blob[] = [];
const collectiveId = '0b7e2a54-1c3d-4e5f-8a6b-7c8d9e0f1a2b';
const study = buildStudyFile({
  name: 'Levend lab Friesland',
  k: 5,
  collects: { province: 1 },
  id: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
  keyBytes: Uint8Array.from({ length: 32 }, (_, i) => 255 - i),
  createdAt: '2027-02-01T10:00:00.000Z',
});

async function renderConsent(result?: ResultFile) {
  const shown = result ?? (await dutchResult({ collectiveId }));
  shown.responses[0]!.comments = 'Jan de Vries vindt dat de penningmeester te weinig doet.';
  render(
    <RegistryContext.Provider value={await testRegistry()}>
      <AnonymiseForResearch result={shown} questionnaire={selfScanV1} />
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
    await resetDatabaseForTests();
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
    expect(within(step).getByText(/Er staat nog geen onderzoek op dit apparaat/)).toBeVisible();
    expect(screen.queryByLabelText(/studiesleutel/i)).toBeNull();
    expect(blobs).toHaveLength(0);
  });

  it('downloads a ck-result-anonymised file without name, id, municipality, comments or roles', async () => {
    await renderConsent();
    const file = await downloaded();
    const text = JSON.stringify(file);
    expect(file.format).toBe('ck-result-anonymised');
    expect(text).not.toContain(dutchName);
    expect(text).not.toContain(collectiveId);
    expect(text).not.toContain('Súdwest-Fryslân');
    expect(text).not.toContain('Jan de Vries');
    expect(text).not.toContain('scan-dutch');
    expect(text).not.toMatch(/"role"|"comments"|"municipality"|"name"/);
    // by default nothing of the profile is shared, and there is no pseudonym without a study
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

  it('for a remembered study: its pseudonym of the collective id, the profile as the study asks, and the CLI agrees', async () => {
    await rememberStudy(getDatabase(), { study, origin: 'invitation' });
    const result = await dutchResult({ collectiveId });
    await renderConsent(result);
    await userEvent.click(await screen.findByRole('radio', { name: 'Levend lab Friesland' }));
    // the study asks for the province as a broad group
    expect(screen.getByLabelText('Provincie')).toHaveDisplayValue('Noord-Nederland');
    const file = await downloaded();
    const expected = createHmac('sha256', study.key).update(collectiveId).digest('hex');
    expect(file.collective.pseudonym).toBe(expected);
    expect(file.collective.province).toBe('region.noord');
    await waitFor(() =>
      expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('gedownload'),
    );

    // the command line, given the same result and the same study file, writes the same pseudonym
    const dir = mkdtempSync(join(tmpdir(), 'ck-study-'));
    writeFileSync(join(dir, 'result.json'), JSON.stringify(result));
    writeFileSync(join(dir, 'study.json'), JSON.stringify(study));
    const run = selfscan([
      'anonymise',
      join(dir, 'result.json'),
      '--study',
      join(dir, 'study.json'),
      '--k',
      '1',
      '--out',
      join(dir, 'out'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const written = readdirSync(join(dir, 'out')).find((name) => name.startsWith('anonymised-'));
    const cli = JSON.parse(readFileSync(join(dir, 'out', written!), 'utf8')) as {
      collective: { pseudonym?: string };
    };
    expect(cli.collective.pseudonym).toBe(file.collective.pseudonym);
  }, 60_000);

  it('opens a study invitation file, remembers the study and chooses it', async () => {
    await renderConsent();
    const invitation = new File([JSON.stringify(study)], 'onderzoek.json', {
      type: 'application/json',
    });
    await userEvent.upload(
      screen.getByLabelText('Onderzoeksuitnodiging openen (bestand)'),
      invitation,
    );
    expect(await screen.findByRole('radio', { name: 'Levend lab Friesland' })).toBeChecked();
    expect(await getDatabase().studies.count()).toBe(1);
    const file = await downloaded();
    expect(file.collective.pseudonym).toBe(
      createHmac('sha256', study.key).update(collectiveId).digest('hex'),
    );
  });

  it('refuses a study file with a short key and remembers nothing', async () => {
    await renderConsent();
    const bad = new File([JSON.stringify({ ...study, key: 'AAAA' })], 'onderzoek.json');
    await userEvent.upload(screen.getByLabelText('Onderzoeksuitnodiging openen (bestand)'), bad);
    expect(
      await screen.findByText(/De onderzoekssleutel is 24 bits lang in plaats van 256/),
    ).toBeVisible();
    expect(await getDatabase().studies.count()).toBe(0);
  });

  it('for a version-1 result (no collective id) says there is no pseudonym, and makes none', async () => {
    await rememberStudy(getDatabase(), { study, origin: 'invitation' });
    await renderConsent(await dutchResult());
    expect(screen.getByText(/geen vaste id van het collectief, dus geen pseudoniem/)).toBeVisible();
    await userEvent.click(await screen.findByRole('radio', { name: 'Levend lab Friesland' }));
    const file = await downloaded();
    expect(file.collective.pseudonym).toBeUndefined();
  });
});
