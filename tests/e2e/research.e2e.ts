import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parquetMetadata } from 'hyparquet';
import { loadRegistryOrReport } from '../../scripts/lib/load-registry';
import { questionnairesDir } from '../../scripts/lib/load-questionnaires';
import { generateResearchFiles } from '../../scripts/lib/research-data';
import type { AnonymisedResultFile } from '../../src/domain/files/anonymised-result-file';
import { withEditedScore } from '../support/intact-research';
import { buildStudyFile } from '../../src/domain/research/study/new-study';
import { type BrowserSession, baseUrl, openBrowserSession, visitCheck } from './browser';

const total = 2000;
/** A count as the Dutch page writes it (2.000). */
const dutch = (count: number) => new Intl.NumberFormat('nl').format(count);
const singles = 5;

/** The bundle's line that is cut short: deep enough to lie in its third chunk (4 MB each, ~6 kB a line). */
const brokenLine = 1700;
/** Cases in the figures: one per pseudonym (its latest scan), set by `writeBatch`. */
let cases = 0;

/**
 * 1,995 results in one JSON Lines bundle (over 8 MB, so read by helper workers, with a broken line at
 * `brokenLine`), 5 single files, a broken file and an identifying result.
 */
async function writeBatch(dir: string): Promise<string[]> {
  const registry = await loadRegistryOrReport(questionnairesDir);
  const entry = registry?.latest('ck-selfscan');
  if (!entry) throw new Error('no ck-selfscan questionnaire');
  const files = await generateResearchFiles({
    n: total,
    seed: 7,
    questionnaire: entry.questionnaire,
    ref: entry.ref,
  });
  const bundle = join(dir, 'batch.jsonl');
  const lines = files.slice(singles).map((f) => JSON.stringify(f));
  lines.splice(brokenLine - 1, 0, '{"format": "ck-result-anonymised", "formatVersion"');
  writeFileSync(bundle, `${lines.join('\n')}\n`);
  const paths = [bundle];
  files.slice(0, singles).forEach((file, i) => {
    const path = join(dir, `single-${i}.json`);
    writeFileSync(path, JSON.stringify(file, null, 2));
    paths.push(path);
  });
  // a single file whose stored score was edited (digest made to match again), and a copy of another
  const edited = join(dir, 'edited.json');
  writeFileSync(edited, JSON.stringify(await withEditedScore(files[1] as AnonymisedResultFile)));
  const copy = join(dir, 'copy-of-single-0.json');
  writeFileSync(copy, JSON.stringify(files[0]));
  paths.push(edited, copy);
  cases = new Set(files.map((file) => file.collective.pseudonym)).size;
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"format": "ck-result-anonymised", ');
  const identifying = join(dir, 'oogst-food.result.json');
  copyFileSync('tests/fixtures/results/oogst-food-path-a.result.json', identifying);
  return [...paths, broken, identifying];
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the research section with 2,000 generated anonymised results', () => {
  let session: BrowserSession;
  let page: Page;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'research-e2e-'));
    files = await writeBatch(dir);
    session = await openBrowserSession({ acceptDownloads: true });
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('opens the empty workspace, which says the loaded files are not stored', async () => {
    await page.goto(`${baseUrl()}#/research`);
    await page.getByRole('heading', { level: 1, name: 'Onderzoek' }).waitFor();
    await expect(page.getByRole('note').innerText()).resolves.toContain(
      'Bestanden die je laadt worden niet opgeslagen',
    );
    await visitCheck(page, 'research-empty');
  });

  it('loads the files in the worker and lists the broken and the identifying file with reasons', async () => {
    await page.getByLabel('Kies bestanden (.json of .jsonl)').setInputFiles(files);
    await page
      .getByText(`${dutch(total)} uitkomsten geladen`, { exact: false })
      .waitFor({ timeout: 150_000 });
    const refused = page.getByRole('region', { name: 'Niet gebruikte bestanden', exact: true });
    await expect(refused.getByRole('row', { name: /broken\.json/ }).innerText()).resolves.toMatch(
      /Geen leesbare JSON/,
    );
    await expect(
      refused.getByRole('row', { name: /oogst-food\.result\.json/ }).innerText(),
    ).resolves.toMatch(/volledig resultaatbestand met namen/);
    // numbered across the chunks that different helpers read
    await expect(
      refused.getByRole('row', { name: `batch.jsonl:${brokenLine}` }).innerText(),
    ).resolves.toMatch(/Geen leesbare JSON/);
    // re-scored from its answers: the edited score is found although the digest was recomputed
    await expect(refused.getByRole('row', { name: /edited\.json/ }).innerText()).resolves.toMatch(
      /Veranderd: de opgeslagen scores kloppen niet met de antwoorden .*culture\.mean/,
    );
    await expect(
      refused.getByRole('row', { name: /copy-of-single-0\.json/ }).innerText(),
    ).resolves.toMatch(/Dubbel: hetzelfde resultaat als single-0\.json \(zelfde kenmerk\)/);
    await expect(
      page
        .getByText(`${dutch(cases)} cases in de cijfers: de laatste scan per pseudoniem.`)
        .count(),
    ).resolves.toBe(1);
    await visitCheck(page, 'research-loaded');
  });

  it('shows the overview with box plots, histograms and tables', async () => {
    await page.getByRole('link', { name: '2. Overzicht' }).click();
    await page.getByRole('figure', { name: /Boxplot van de vijf voorwaarden/ }).waitFor();
    await expect(page.locator('figure.research-histogram svg').count()).resolves.toBe(5);
    const versions = page.getByRole('region', {
      name: 'Aantal per vragenlijstversie',
      exact: true,
    });
    await expect(versions.getByRole('row', { name: /Totaal/ }).innerText()).resolves.toContain(
      dutch(cases),
    );
    await visitCheck(page, 'research-overview-1280');
    await page.setViewportSize({ width: 360, height: 640 });
    await visitCheck(page, 'research-overview-360');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('runs fsQCA with the age outcome and shows the truth table of 32 configurations', async () => {
    await page.getByRole('link', { name: '3. fsQCA' }).click();
    await page.getByLabel('Een profielvariabele met ankers').check();
    await page.getByRole('button', { name: 'Opnieuw berekenen' }).click();
    const truth = page.getByRole('region', { name: 'Waarheidstabel', exact: true });
    await truth.waitFor({ timeout: 150_000 });
    await expect(truth.getByRole('row').count()).resolves.toBe(33);
    await expect(truth.innerText()).resolves.toContain('Drempels: frequentie ≥ 1');
    await page.getByRole('table', { name: /^Rij 1 tot en met 50 van/ }).waitFor();
    await visitCheck(page, 'research-fsqca-1280');
    await page.setViewportSize({ width: 360, height: 640 });
    await visitCheck(page, 'research-fsqca-360');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('exports a wide CSV and a Parquet file with one row per case', async () => {
    await page.getByRole('link', { name: '4. Exporteren' }).click();
    await visitCheck(page, 'research-export');
    const csv = readFileSync(await download(page, 'Brede CSV', dir), 'utf8');
    expect(csv.trimEnd().split('\n')).toHaveLength(cases + 1);
    const parquet = readFileSync(await download(page, 'Parquet', dir));
    const metadata = parquetMetadata(
      parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength),
    );
    expect(Number(metadata.num_rows)).toBe(cases);
  }, 300_000);

  it('made no request outside 127.0.0.1', () => {
    expect(session.requests.outside()).toEqual([]);
  }, 180_000);
});

describe('sharing the example collective anonymously for research', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession({ acceptDownloads: true });
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('shows the consent step and downloads a file without the name or municipality', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}#/example`);
    await page.getByRole('link', { name: 'Zelfscan voorjaar 2026' }).click();
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('button', { name: 'Anoniem delen voor onderzoek' }).click();
    const step = page.getByRole('region', { name: 'Anoniem delen voor onderzoek' });
    await expect(
      step.getByRole('region', { name: 'Dit gaat eruit' }).innerText(),
    ).resolves.toContain('De naam van het collectief');
    // a study invitation opened as a file: the device remembers the study, and it is chosen
    const studyPath = join(mkdtempSync(join(tmpdir(), 'ck-study-')), 'onderzoek.json');
    const study = buildStudyFile({
      name: 'Studie 2026',
      k: 5,
      collects: {},
      id: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
      keyBytes: new Uint8Array(32).fill(9),
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    writeFileSync(studyPath, JSON.stringify(study));
    await page.getByLabel('Onderzoeksuitnodiging openen (bestand)').setInputFiles(studyPath);
    await page.getByRole('radio', { name: 'Studie 2026', checked: true }).waitFor();
    await visitCheck(page, 'research-consent');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download het anonieme bestand' }).click(),
    ]);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    const anonymised = JSON.parse(text) as { format: string; collective: { pseudonym?: string } };
    expect(anonymised.format).toBe('ck-result-anonymised');
    expect(anonymised.collective.pseudonym).toMatch(/^[0-9a-f]{64}$/);
    expect(text).not.toMatch(/Zonnewijk|municipality|"name"/);
    expect(session.requests.outside()).toEqual([]);
  }, 180_000);
});
