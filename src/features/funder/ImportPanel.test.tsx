import { beforeEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { chooseLanguage, initI18n } from '../../i18n';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import { getDatabase, resetDatabaseForTests } from '../../storage/db';
import { listApplicants, saveScreenedBatch } from '../../storage/screening-repository';
import { RegistryContext } from '../../ui/registry-context';
import type { JobEvent, JobRequest } from '../../workers/job-protocol';
import { fixtureResults, refusedFile, screenedResult } from '../../../tests/support/screened';
import { testRegistry } from '../../../tests/support/questionnaires';
import { ImportPanel } from './ImportPanel';
import { fileTimeLimitMs, type ScreenJobInput } from './useScreenImport';

const [first, second] = fixtureResults.map((f) => f.result);

type Seen = { input: ScreenJobInput; files: File[] };

/** Stands in for the screening worker: reports progress per file, then the planned outcome. */
function fakeWorker(outcome: ScreenedFile[], seen: Seen[]) {
  return () => {
    let job: Seen | undefined;
    let expected = 0;
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (request: JobRequest<ScreenJobInput, File>) => {
        if (request.type === 'start') {
          job = { input: request.input, files: [] };
          expected = request.itemCount ?? 0;
          seen.push(job);
        } else job?.files.push(...request.items);
        if (!job || job.files.length < expected) return;
        const emit = (data: JobEvent<ScreenedFile[]>) =>
          setTimeout(() => worker.onmessage?.({ data } as MessageEvent));
        const total = job.files.length;
        job.files.forEach((_, i) => emit({ type: 'progress', done: i + 1, total }));
        emit({ type: 'done', result: outcome });
      },
    };
    return worker as unknown as Worker;
  };
}

async function renderPanel(createWorker: () => Worker, search = '') {
  const inRouter = (children: ReactNode) => <Router searchHook={() => search}>{children}</Router>;
  render(
    inRouter(
      <RegistryContext.Provider value={await testRegistry()}>
        <ImportPanel createWorker={createWorker} />
      </RegistryContext.Provider>,
    ),
  );
}

/** Stands in for a screening worker that is stuck on one file: it says so and never finishes. */
function stuckWorker(slow: { name: string; seconds: number }[], seen: Seen[]) {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (request: JobRequest<ScreenJobInput, File>) => {
        if (request.type !== 'start') return;
        seen.push({ input: request.input, files: [] });
        const data: JobEvent<ScreenedFile[]> = { type: 'progress', done: 1, total: 3, slow };
        setTimeout(() => worker.onmessage?.({ data } as MessageEvent));
      },
    };
    return worker as unknown as Worker;
  };
}

const pdf = (name: string) => new File(['%PDF-1.7'], name, { type: 'application/pdf' });

describe('the funder import', () => {
  beforeEach(async () => {
    await resetDatabaseForTests();
    initI18n('nl');
    await chooseLanguage('nl');
  });

  it('summarises each file with its reasons in Dutch and keeps only the readable ones', async () => {
    await saveScreenedBatch(getDatabase(), [screenedResult(second!)]);
    const seen: Seen[] = [];
    const outcome = [
      screenedResult(first!, { fileName: 'oogst.pdf' }),
      refusedFile({ fileName: 'kapot.pdf' }),
      refusedFile({
        fileName: 'folder.pdf',
        status: 'not-a-selfscan',
        reasons: [{ code: 'no-attachment' }],
      }),
      // the same result as the one kept before: the page marks it as read before, intact
      screenedResult(second!, { fileName: 'groen.json', kind: 'json', fileSha256: 'a'.repeat(64) }),
    ];
    await renderPanel(fakeWorker(outcome, seen));
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Kies bestanden'), [
      pdf('oogst.pdf'),
      pdf('kapot.pdf'),
      pdf('folder.pdf'),
      pdf('groen.json'),
    ]);

    const summary = await screen.findByRole('region', { name: 'Uitkomst van het inlezen' });
    expect(seen[0]?.files.map((f) => f.name)).toEqual([
      'oogst.pdf',
      'kapot.pdf',
      'folder.pdf',
      'groen.json',
    ]);
    // the time limit per file, 10 s unless the address asks for less
    expect(seen[0]?.input).toEqual({ timeLimitMs: 10_000 });
    // counts per status adding up to the files read, and singular where there is one
    const status = within(summary).getByRole('status');
    expect(status).toHaveTextContent(
      /4 bestanden gelezen:\s*Ongeschonden 2\s*Geen zelfscan 1\s*Onleesbaar 1/,
    );
    expect(status).toHaveTextContent(
      '1 nieuwe aanvraag staat nu in de tabel. 1 bestand was al ingelezen; zijn status staat hieronder.',
    );
    const problems = within(summary).getByRole('table', { name: 'Bestanden die aandacht vragen' });
    // a long list scrolls in a box that keyboard users can reach
    const box = within(summary).getByRole('region', {
      name: 'Tabel: Bestanden die aandacht vragen (schuift opzij)',
    });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(box).toContainElement(problems);
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'kapot.pdf',
      'folder.pdf',
    ]);
    expect(rows[0]).toHaveTextContent('Onleesbaar');
    expect(rows[1]).toHaveTextContent('Geen zelfscan');
    await user.click(within(summary).getByText('Toon de 2 ongeschonden bestanden'));
    const intact = within(summary).getByRole('table', { name: 'Ongeschonden bestanden' });
    expect(within(intact).getAllByRole('row')[2]).toHaveTextContent(/groen\.json.*Al ingelezen/);
    // worded, never the domain's codes
    expect(problems).not.toHaveTextContent(/damaged-pdf|no-attachment|already-imported/);
    const kept = await listApplicants(getDatabase());
    expect(kept.map((a) => a.fileName).sort()).toEqual([
      'Groene Stroom Westkapelle.pdf',
      'oogst.pdf',
    ]);
  });

  it('shows progress "n van N" with a Stop button while the worker runs', async () => {
    const never = () =>
      ({
        onmessage: null,
        onerror: null,
        terminate: () => undefined,
        postMessage: () => undefined,
      }) as unknown as Worker;
    await renderPanel(never);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Kies bestanden'), [pdf('a.pdf'), pdf('b.pdf')]);
    expect(await screen.findByText('0 van 2 bestanden gecontroleerd')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('max', '2');
    await user.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(await screen.findByText(/Inlezen gestopt/)).toBeInTheDocument();
    expect(await listApplicants(getDatabase())).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Kies bestanden',
      '1 van 3 bestanden gecontroleerd',
      'Nog bezig met traag.pdf (6 s). Een bestand dat meer dan 10 s kost, wordt als onleesbaar overgeslagen.',
    ],
    [
      'en',
      'Choose files',
      '1 of 3 files checked',
      'Still reading traag.pdf (6 s). A file that takes more than 10 s is skipped as unreadable.',
    ],
  ] as const)(
    '%s: says which file holds progress up, for how long, and what happens at the limit',
    async (language, choose, progress, slowLine) => {
      await chooseLanguage(language);
      const seen: Seen[] = [];
      await renderPanel(stuckWorker([{ name: 'traag.pdf', seconds: 6 }], seen));
      await userEvent.upload(screen.getByLabelText(choose), [
        pdf('a.pdf'),
        pdf('traag.pdf'),
        pdf('c.pdf'),
      ]);
      expect(await screen.findByText(progress)).toBeInTheDocument();
      expect(screen.getByText(slowLine)).toBeInTheDocument();
    },
  );

  it('says nothing more while no file is slow', async () => {
    await renderPanel(stuckWorker([], []));
    await userEvent.upload(screen.getByLabelText('Kies bestanden'), [pdf('a.pdf'), pdf('b.pdf')]);
    expect(await screen.findByText('1 van 3 bestanden gecontroleerd')).toBeInTheDocument();
    expect(screen.queryByText(/Nog bezig met/)).toBeNull();
  });

  it('takes a lower time limit per file from the test route ?fileTimeLimitMs=, never a higher one', async () => {
    const seen: Seen[] = [];
    await renderPanel(
      stuckWorker([{ name: 'traag.pdf', seconds: 2 }], seen),
      '?fileTimeLimitMs=3000',
    );
    await userEvent.upload(screen.getByLabelText('Kies bestanden'), [pdf('traag.pdf')]);
    expect(
      await screen.findByText(
        'Nog bezig met traag.pdf (2 s). Een bestand dat meer dan 3 s kost, wordt als onleesbaar overgeslagen.',
      ),
    ).toBeInTheDocument();
    expect(seen[0]?.input).toEqual({ timeLimitMs: 3000 });
  });

  it.each([
    ['60000', 10_000],
    ['nul', 10_000],
    ['-5', 10_000],
    [null, 10_000],
    ['2500', 2500],
  ])('the time limit asked as %s is %i ms', (asked, ms) => {
    expect(fileTimeLimitMs(asked)).toBe(ms);
  });
});
