// Every screen of the app, rendered in jsdom with data to show, carries each id once: a label, a
// description or an aria reference pointing at an id that two elements carry points at the wrong one.
// (every-screen.e2e.ts and funder.e2e.ts run the same check in Chromium, on fewer states.)
import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../src/app/App';
import type { QuestionnaireRegistry } from '../src/domain/questionnaire';
import { chooseLanguage, initI18n } from '../src/i18n';
import { researchSession } from '../src/features/research/research-session';
import { getDatabase, resetDatabaseForTests } from '../src/storage/db';
import { addExampleCollective } from '../src/storage/device/collectives';
import { listApplicants, saveScreenedBatch } from '../src/storage/screening-repository';
import { duplicateIds } from './support/duplicate-ids';
import { testRegistry } from './support/questionnaires';
import { testResearchResult } from './support/research-result';
import { fixtureResults, screenedResult } from './support/screened';

type Ids = { collective: string; scan: string; response: string; applicants: string[] };
type Screen = {
  hash: (ids: Ids) => string;
  title: string | RegExp;
  /** a level-2 heading or a table's name that shows once the screen's live or lazy content is there */
  content?: string | RegExp;
  table?: string;
};

const screens: Record<string, Screen> = {
  home: { hash: () => '#/', title: 'Hoe sterk staat jullie collectief?' },
  collectives: { hash: () => '#/collectives', title: 'Mijn collectief' },
  'new collective': { hash: () => '#/collectives/new', title: 'Nieuw collectief' },
  collective: {
    hash: (ids) => `#/collectives/${ids.collective}`,
    title: /Zonnewijk/,
    content: 'Scans',
  },
  'edit collective': { hash: (ids) => `#/collectives/${ids.collective}/edit`, title: /Zonnewijk/ },
  scan: {
    hash: (ids) => `#/scans/${ids.scan}`,
    title: 'Zelfscan voorjaar 2026',
    content: 'Deelnemers',
  },
  'fill-in': {
    hash: (ids) => `#/scans/${ids.scan}/respond/${ids.response}/leadership`,
    title: /^Vragenlijst van/,
    content: 'Gedeeld leiderschap',
  },
  results: { hash: (ids) => `#/scans/${ids.scan}/results`, title: /^Uitkomst/ },
  'answer codes (phones)': { hash: (ids) => `#/scans/${ids.scan}/codes`, title: /./ },
  questionnaires: { hash: () => '#/questionnaires', title: /Vragenlijst/ },
  questionnaire: { hash: () => '#/questionnaires/ck-selfscan/1.0.0', title: /./ },
  respond: { hash: () => '#/respond', title: /./ },
  settings: { hash: () => '#/settings', title: 'Instellingen' },
  'shared file': { hash: () => '#/shared-file', title: 'Gedeeld bestand' },
  'funder screening': { hash: () => '#/funder', title: 'Financier', content: 'Aanvragen' },
  'funder applicant': {
    hash: (ids) => `#/funder/applicants/${ids.applicants[0]}`,
    title: fixtureResults[0]?.result.collective.name ?? '',
  },
  'funder compare': {
    hash: (ids) => `#/funder/compare/${ids.applicants.join(',')}`,
    title: 'Aanvragen vergelijken',
    table: 'Scores naast elkaar',
  },
  'research: load': {
    hash: () => '#/research',
    title: 'Onderzoek',
    content: 'Geanonimiseerde uitkomsten laden',
  },
  'research: overview': { hash: () => '#/research/overview', title: 'Onderzoek', content: /./ },
  'research: fsQCA': { hash: () => '#/research/fsqca', title: 'Onderzoek', content: 'fsQCA' },
  'research: export': {
    hash: () => '#/research/export',
    title: 'Onderzoek',
    content: 'Exporteren',
  },
  'research: studies': {
    hash: () => '#/research/study',
    title: 'Onderzoek',
    content: 'Studies en uitnodigingen',
  },
  'not found': { hash: () => '#/nergens', title: 'Deze pagina bestaat niet' },
};

let registry: QuestionnaireRegistry;
let ids: Ids;

beforeAll(async () => {
  initI18n('nl');
  await chooseLanguage('nl');
  await resetDatabaseForTests();
  registry = await testRegistry();
  const entry = registry.latest('ck-selfscan');
  if (!entry) throw new Error('no bundled self-scan');
  const collective = await addExampleCollective(entry);
  const db = getDatabase();
  const scan = (await db.scans.toArray()).find((row) => row.collectiveId === collective);
  const response = (await db.responses.toArray()).find((row) => row.scanId === scan?.id);
  if (!scan || !response) throw new Error('the example collective has no scan with respondents');
  const [first, second] = fixtureResults.map((fixture) => fixture.result);
  await saveScreenedBatch(db, [screenedResult(first!), screenedResult(second!)]);
  const applicants = (await listApplicants(db)).map((applicant) => applicant.id);
  ids = { collective, scan: scan.id, response: response.id, applicants };
  researchSession.clear();
  researchSession.set({ result: testResearchResult() });
}, 60_000);

describe('every screen carries each id once', { timeout: 30_000 }, () => {
  it('would find an id carried twice', () => {
    const { container } = render(
      <p id="twice">
        <span id="once" />
        <span id="twice" />
      </p>,
    );
    expect(duplicateIds(container)).toEqual(['twice']);
  });

  it.each(Object.entries(screens))('%s', async (_, { hash, title, content, table }) => {
    window.location.hash = hash(ids);
    render(<App registry={registry} />);
    await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15_000 });
    if (content) {
      await screen.findAllByRole('heading', { level: 2, name: content }, { timeout: 15_000 });
    }
    if (table) await screen.findByRole('table', { name: table }, { timeout: 15_000 });
    // live data arrives after the first paint: check once it has
    await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]));
    expect(document.querySelectorAll('[id]').length).toBeGreaterThan(0);
    expect(duplicateIds(document.body)).toEqual([]);
  });
});
