import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactsDir, baseUrl, expectAccessible, launchBrowser, recordRequests } from './browser';
import { createCollective, heading, startScan } from './support/app';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server';
import { buildApp, runCommand, selfscan } from '../support/processes';
import {
  autumnAnswers,
  expectedCulture,
  selfScanV11Raw,
  selfScanV1Raw,
  springAnswers,
} from '../support/two-versions';
import { parseQuestionnaire, questionnaireRef } from '../../src/domain/questionnaire';
import type { Answers } from '../../src/domain/questionnaire/schema';
import { buildResponseFile } from '../../src/domain/files/response-file';

const fixture = 'tests/fixtures/questionnaires/ck-selfscan-1.1.0.json';
const outDir = join(artifactsDir, 'versions');
const collectiveName = 'Buurtkracht Twee Versies';

/** The questionnaire's reference (id, version, hash) as the app computes it. */
async function refOf(raw: unknown) {
  const parsed = parseQuestionnaire(raw);
  if (!parsed.ok) throw new Error('the questionnaire does not parse');
  return questionnaireRef({ raw, questionnaire: parsed.questionnaire });
}

describe('a collective whose scans span two questionnaire versions', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-versions-'));
  const twoVersionsBuild = join(work, 'two-versions');
  let server: SwitchableServer;
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let pdfPath = '';
  let resultPath = '';

  beforeAll(async () => {
    // the same sources with the 1.1.0 fixture bundled beside the published 1.0.0; dist knows only 1.0.0
    buildApp({ outDir: twoVersionsBuild, extraQuestionnaires: [fixture] });
    server = await startSwitchableServer(twoVersionsBuild);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    requests = recordRequests(context);
    page = await context.newPage();
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Starts a scan on one version, reads two members' response files into it and closes it. */
  async function closedScan(input: {
    collectiveId: string;
    label: string;
    raw: unknown;
    answers: Answers[];
  }): Promise<string> {
    const ref = await refOf(input.raw);
    await page.goto(`${server.baseUrl}#/collectives/${input.collectiveId}`);
    await heading(page, collectiveName).waitFor();
    const scanId = await startScan(page, input.label, ref.version);
    await page.getByRole('link', { name: `ck-selfscan@${ref.version}`, exact: true }).waitFor();
    const files = input.answers.map((answers, i) => {
      const path = join(work, `${input.label}-${i + 1}.json`);
      const file = buildResponseFile({
        questionnaire: ref,
        scanId,
        respondentId: randomUUID(),
        label: input.label,
        respondentName: `Lid ${i + 1}`,
        answers,
        submittedAt: '2026-06-01T10:00:00.000Z',
      });
      writeFileSync(path, JSON.stringify(file));
      return path;
    });
    await page.getByLabel('Antwoordbestanden inlezen', { exact: false }).setInputFiles(files);
    await page
      .getByRole('status')
      .filter({ hasText: 'Ingelezen: 2 nieuw, 0 vervangen, 0 ongewijzigd gelaten.' })
      .waitFor();
    await page.getByRole('button', { name: 'Scan afsluiten' }).click();
    await heading(page, 'Deze scan is afgesloten', 2).waitFor();
    return scanId;
  }

  it('closes a 1.0.0 scan and a 1.1.0 scan of one collective in the build that knows both', async () => {
    const collectiveId = await createCollective(page, collectiveName, server.baseUrl);
    await closedScan({
      collectiveId,
      label: 'Voorjaar 2026',
      raw: selfScanV1Raw,
      answers: springAnswers,
    });
    await closedScan({
      collectiveId,
      label: 'Najaar 2026',
      raw: selfScanV11Raw,
      answers: autumnAnswers,
    });
    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    await heading(page, 'Uitkomst: Najaar 2026').waitFor();
  });

  it('shows both scans in the trends, each marked with its version, and lists what changed', async () => {
    const trends = page.getByRole('region', { name: 'Door de tijd' });
    await trends.waitFor();
    const culture = trends.locator('figure').filter({ hasText: 'Cultuur' });
    // hand-computed in tests/support/two-versions.ts: spring 62.5 → 63, autumn 53.57… → 54
    await expect
      .poll(() => culture.locator('figcaption').textContent())
      .toMatch(
        new RegExp(
          `Voorjaar 2026.*\\(1\\.0\\.0\\) ${expectedCulture.spring.shown}.*Najaar 2026.*\\(1\\.1\\.0\\) ${expectedCulture.autumn.shown}`,
        ),
      );
    // the version is drawn on each point, and every scan's label on the axis
    const drawn = await culture.locator('svg').textContent();
    expect(drawn).toContain('v1.0.0');
    expect(drawn).toContain('v1.1.0');
    expect(drawn).toContain('Voorjaar 2026');
    expect(drawn).toContain('Najaar 2026');
    const changes = trends.getByRole('complementary', {
      name: 'Wat er veranderde tussen de versies',
    });
    await expect.poll(() => changes.textContent()).toMatch(/1\.0\.0 → 1\.1\.0/);
    const listed = await changes.getByRole('listitem').allTextContents();
    expect(listed.some((line) => line.includes('bestond nog niet in versie 1.0.0'))).toBe(true);
    expect(listed.some((line) => /heet .* in versie 1\.1\.0/.test(line))).toBe(true);
    expect(listed.some((line) => line.includes('anders verwoord in versie 1.1.0'))).toBe(true);
    await trends.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, 'trends-1280.png'), fullPage: true });
    await expectAccessible(page);
  });

  it('prints the trend and the changes in the PDF; the CLI, knowing only 1.0.0, names 1.1.0 as unknown', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF-rapport' }).click(),
    ]);
    pdfPath = join(outDir, 'two-versions.pdf');
    await download.saveAs(pdfPath);
    expect(statSync(pdfPath).size).toBeGreaterThan(20_000);
    const text = runCommand('pdftotext', ['-layout', pdfPath, '-']).stdout;
    expect(text).toMatch(/Door de tijd/);
    expect(text).toMatch(/Voorjaar 2026/);
    expect(text).toMatch(/1\.0\.0 → 1\.1\.0/);
    expect(text).toMatch(/bestond nog niet in versie 1\.0\.0/);
    const render = runCommand('pdftoppm', ['-r', '70', '-png', pdfPath, join(outDir, 'page')]);
    expect(render.code).toBe(0);
    expect(readdirSync(outDir).some((f) => f.startsWith('page-'))).toBe(true);
    // the command line knows only the published 1.0.0 too: the 1.1.0 result is not intact to it
    const verify = selfscan(['verify', pdfPath]);
    expect(verify.stdout).toMatch(/unknown version 1\.1\.0 of questionnaire "ck-selfscan"/);
    expect(verify.code).toBe(1);

    const [result] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download resultaatbestand (JSON)' }).click(),
    ]);
    resultPath = join(outDir, 'two-versions-result.json');
    await result.saveAs(resultPath);
  });

  it('in a build that knows only 1.0.0, the funder is told to update and sees no scores', async () => {
    await page.goto(`${baseUrl()}#/funder`);
    await heading(page, 'Financier').waitFor();
    await page.getByLabel('Kies bestanden').setInputFiles([pdfPath]);
    const table = page.getByRole('table').filter({ hasText: collectiveName }).first();
    await table.waitFor({ timeout: 30_000 });
    const row = table.locator('tbody tr').filter({ hasText: collectiveName });
    await expect.poll(() => row.textContent()).toMatch(/Nieuwere vragenlijst/);
    const words = (await row.textContent()) ?? '';
    expect(words).toMatch(/werk de app bij/);
    expect(words).not.toMatch(/niet ongeschonden/);
    expect(words).not.toMatch(
      new RegExp(`\\b(${expectedCulture.autumn.shown}|${expectedCulture.spring.shown})\\b`),
    );
    await page.screenshot({ path: join(outDir, 'funder-newer-1280.png'), fullPage: true });
    await expectAccessible(page);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.outside()).toEqual([]);
  });
});
