import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { chooseLanguage, initI18n } from '../../i18n';
import { RegistryContext } from '../../ui/registry-context';
import type { JobEvent } from '../../workers/job-protocol';
import { testRegistry } from '../../../tests/support/questionnaires';
import { FakeWorker } from '../../../tests/support/fake-worker';
import { ResearchWorkerContext } from './research-context';
import { researchSession } from './research-session';
import { ResearchPage } from './ResearchPage';
import type { ResearchJobResult } from './research-types';
import { testResearchResult } from '../../../tests/support/research-result';

async function renderPage(events: JobEvent<ResearchJobResult>[]) {
  const workers: FakeWorker<ResearchJobResult>[] = [];
  const createWorker = () => {
    const worker = new FakeWorker(events);
    workers.push(worker);
    return worker as unknown as Worker;
  };
  render(
    <Router hook={memoryLocation({ path: '/' }).hook}>
      <RegistryContext.Provider value={await testRegistry()}>
        <ResearchWorkerContext.Provider value={createWorker}>
          <ResearchPage />
        </ResearchWorkerContext.Provider>
      </RegistryContext.Provider>
    </Router>,
  );
  return workers;
}

const files = ['a.json', 'b.json', 'c.json', 'bad.json', 'de-zonnewijk.json'].map(
  (name) => new File(['{}'], name, { type: 'application/json' }),
);

describe('ResearchPage: loading', () => {
  beforeEach(async () => {
    researchSession.clear();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('says the loaded files are not stored (only the studies are), and sends the chosen files to the worker', async () => {
    const workers = await renderPage([{ type: 'done', result: testResearchResult() }]);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Bestanden die je laadt worden niet opgeslagen',
    );
    expect(screen.getByRole('note')).toHaveTextContent('tweede kopie');
    await userEvent.upload(screen.getByLabelText('Kies bestanden (.json of .jsonl)'), files);
    await screen.findByText('3 uitkomsten geladen van 5 gelezen', { exact: false });
    expect(workers).toHaveLength(1);
    const start = workers[0]!.received[0] as { type: string; input: { files: File[] } };
    expect(start.type).toBe('start');
    expect(start.input.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
  });

  it('lists the refused files with their reasons and the count', async () => {
    await renderPage([{ type: 'done', result: testResearchResult() }]);
    await userEvent.upload(screen.getByLabelText('Kies bestanden (.json of .jsonl)'), files);
    const region = await screen.findByRole('region', { name: 'Niet gebruikte bestanden' });
    const rows = within(region).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'bad.json',
      'de-zonnewijk.json',
    ]);
    expect(rows[1]).toHaveTextContent(/volledig resultaatbestand met namen/);
    expect(screen.getByText(/2 daarvan zijn niet gebruikt/)).toBeInTheDocument();
  });

  it('shows progress as bytes read of the total and stops the worker on Cancel', async () => {
    const workers = await renderPage([{ type: 'progress', done: 1536, total: 3 * 1024 ** 2 }]);
    await userEvent.upload(screen.getByLabelText('Kies bestanden (.json of .jsonl)'), files);
    expect(await screen.findByText('1,5 kB van 3 MB gelezen')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1536');
    await userEvent.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(screen.getByText(/Gestopt/)).toBeInTheDocument();
    expect(workers[0]!.isTerminated).toBe(true);
  });

  it('shows a failure in words and keeps the page usable', async () => {
    await renderPage([{ type: 'failed', code: 'worker-error' }]);
    await userEvent.upload(screen.getByLabelText('Kies bestanden (.json of .jsonl)'), files);
    expect(await screen.findByRole('alert')).toHaveTextContent('Het verwerken is mislukt');
  });

  it('asks for files first on the overview tab', async () => {
    await renderPage([]);
    await userEvent.click(screen.getByRole('link', { name: '2. Overzicht' }));
    expect(screen.getByText('Er zijn nog geen bestanden geladen.')).toBeInTheDocument();
  });
});
