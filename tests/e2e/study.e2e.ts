// One collective on two devices, one study: the research team makes a study invitation; the collective
// scans on profile A, joins the study by its link and shares the scan; it is backed up and restored on
// profile B, scans again there and shares that scan too. Both anonymised files carry the same
// pseudonym: HMAC-SHA-256(study key, the collective's permanent id), which moved with the backup.
// Loaded together in Onderzoek they are one collective with two scans, and its change is on screen.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodeStudyCode } from '../../src/domain/research/study/read-study';
import {
  baseUrl,
  launchBrowser,
  launchPersistent,
  recordRequests,
  screenshot,
  visitCheck,
} from './browser';
import { addRespondent, choice, createCollective, savedStatus, startScan } from './support/app';
import { respondentPages, type E2eItem } from './support/questionnaire';

type Anonymised = { format: string; collective: Record<string, unknown> };
type Backup = { collectives: { id: string; name: string }[]; studies?: { id: string }[] };

const collectiveName = 'Buurtcoöperatie De Twee Laptops';
const studyName = 'Levend lab Bewonersbedrijven 2027';

/**
 * The leadership answers of each scan's one respondent (leadership_1 … _6; null = "weet ik niet").
 * By the questionnaire's rules: leadership_2 is reverse-scored (6 − answer), "weet ik niet" is not
 * scored, and a mean needs at least 60% of the items answered. Scan A: 2, 6 − 4 = 2, 3, 2, 3 and one
 * "weet ik niet": 5 of 6 answered, mean 12 / 5 = 2.40. Scan B: 4, 6 − 2 = 4, 4, 3, 5, 4: mean
 * 24 / 6 = 4.00. The change A → B is +1.60, beyond the 0.25 margin: 1 of 1 pair improved (100%),
 * 0 declined. The other conditions are not answered, so they have no mean and no change, and the pair
 * has no truth-table configuration.
 */
const leadershipAnswers = {
  a: [2, 4, 3, 2, 3, null],
  b: [4, 2, 4, 3, 5, 4],
} as const;

describe('one collective, two devices, one study: the same pseudonym', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-e2e-study-'));
  let researchBrowser: Browser;
  let research: Page;
  let contextA: BrowserContext;
  let contextB: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  const requests: ReturnType<typeof recordRequests>[] = [];
  let link = '';
  let collectiveId = '';
  const files: Anonymised[] = [];

  beforeAll(async () => {
    researchBrowser = await launchBrowser();
    const researchContext = await researchBrowser.newContext({
      viewport: { width: 1280, height: 900 },
    });
    contextA = await launchPersistent(join(work, 'profile-a'));
    contextB = await launchPersistent(join(work, 'profile-b'));
    requests.push(
      recordRequests(researchContext),
      recordRequests(contextA),
      recordRequests(contextB),
    );
    research = await researchContext.newPage();
    pageA = contextA.pages()[0] ?? (await contextA.newPage());
    pageB = contextB.pages()[0] ?? (await contextB.newPage());
  });

  afterAll(async () => {
    await researchBrowser?.close();
    await contextA?.close();
    await contextB?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * A scan of one respondent who answers the first two pages (profile, traits) and the leadership
   * page with the given answers, closed; returns the scan id.
   */
  async function scanOnce(
    page: Page,
    label: string,
    offset: number,
    leadership: readonly (number | null)[],
  ): Promise<string> {
    const scanId = await startScan(page, label);
    const respondent = await addRespondent(page, `Deelnemer ${label}`);
    const answer = async (item: E2eItem, index: number) => {
      await page.goto(`${baseUrl()}${respondent.basePath}/${item.pageId}/${item.id}`);
      await choice(page, item, index).check();
      await savedStatus(page).waitFor();
    };
    for (const item of respondentPages.slice(0, 2).flatMap((p) => p.items))
      await answer(item, (offset + item.id.length) % item.choices.length);
    const leadershipPage = respondentPages.find((p) => p.id === 'leadership');
    for (const [i, item] of (leadershipPage?.items ?? []).entries())
      await answer(item, item.values.indexOf(leadership[i] ?? null));
    await page.goto(`${baseUrl()}#/scans/${scanId}`);
    await page.getByRole('button', { name: 'Scan afsluiten' }).click();
    await page.getByText('Deze scan is gesloten.').first().waitFor();
    return scanId;
  }

  /** Opens the study link and takes part (or sees that the device knows the study already). */
  async function joinStudy(page: Page, shot: string): Promise<string> {
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: studyName }).waitFor();
    await page.getByText('Wat nooit meegaat').waitFor();
    await visitCheck(page, shot);
    await page.getByRole('button', { name: /Meedoen/ }).click();
    return (await page.getByRole('status').first().textContent()) ?? '';
  }

  /** The results screen's consent step, for the remembered study; the downloaded file, parsed. */
  async function shareForStudy(page: Page, scanId: string, shot: string): Promise<Anonymised> {
    await page.goto(`${baseUrl()}#/scans/${scanId}/results`);
    await page.getByRole('button', { name: 'Anoniem delen voor onderzoek' }).click();
    await page.getByRole('radio', { name: studyName }).check();
    await visitCheck(page, shot);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download het anonieme bestand' }).click();
    const path = join(work, `${shot}.json`);
    await (await download).saveAs(path);
    return JSON.parse(readFileSync(path, 'utf8')) as Anonymised;
  }

  it('the research team makes a study with a link, a QR code and a file', async () => {
    await research.goto(`${baseUrl()}#/research/study`);
    await research.getByRole('heading', { level: 2, name: 'Studies en uitnodigingen' }).waitFor();
    await research.getByLabel('Naam van de studie').fill(studyName);
    await research.getByLabel('Provincie').selectOption({ label: 'als ruime groep' });
    await research.getByRole('button', { name: 'Studie maken' }).click();
    await research
      .getByRole('heading', { level: 4, name: `Uitnodiging voor “${studyName}”` })
      .waitFor();
    await research.getByRole('img', { name: new RegExp(studyName) }).waitFor();
    link = await research.getByLabel('Link naar de uitnodiging').inputValue();
    expect(link.startsWith(`${baseUrl()}#/research/join?s=1.`)).toBe(true);
    await visitCheck(research, 'study-created');
    const download = research.waitForEvent('download');
    await research.getByRole('button', { name: 'Uitnodiging downloaden (bestand)' }).click();
    const saved = join(work, 'study.json');
    await (await download).saveAs(saved);
    const code = link.split('?s=')[1] ?? '';
    const fromLink = decodeStudyCode(code);
    expect(fromLink.ok && fromLink.study).toEqual(JSON.parse(readFileSync(saved, 'utf8')));
  });

  it('profile A: the collective scans, joins the study by its link and shares the scan', async () => {
    collectiveId = await createCollective(pageA, collectiveName);
    const scanId = await scanOnce(pageA, 'Zelfscan 2026', 0, leadershipAnswers.a);
    expect(await joinStudy(pageA, 'study-join')).toMatch(/Dit onderzoek staat nu op dit apparaat/);
    files.push(await shareForStudy(pageA, scanId, 'study-consent'));
    expect(files[0]?.format).toBe('ck-result-anonymised');
    expect(files[0]?.collective.pseudonym).toMatch(/^[0-9a-f]{64}$/);
    // the study asks the province as a broad group; the collective has none, so it says "suppressed"
    expect(JSON.stringify(files[0])).not.toContain(collectiveName);
    expect(JSON.stringify(files[0])).not.toContain(collectiveId);
  });

  it('profile B: restored from A’s backup, scans again and shares for the same study', async () => {
    await pageA.goto(`${baseUrl()}#/settings`);
    const backupDownload = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Back-up maken' }).click();
    const backupPath = join(work, 'backup.json');
    await (await backupDownload).saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as Backup;
    expect(backup.collectives.map((c) => c.id)).toEqual([collectiveId]);
    expect(backup.studies).toHaveLength(1);

    await pageB.goto(`${baseUrl()}#/settings`);
    await pageB.getByLabel(/Back-up terugzetten/).setInputFiles(backupPath);
    await pageB.getByRole('button', { name: 'Samenvoegen' }).click();
    await pageB.getByRole('status').filter({ hasText: 'Samengevoegd' }).waitFor();
    await pageB.goto(`${baseUrl()}#/collectives/${collectiveId}`);
    await pageB.getByRole('heading', { level: 1, name: collectiveName }).waitFor();
    const scanId = await scanOnce(pageB, 'Zelfscan 2027', 2, leadershipAnswers.b);
    // the link opened again on B: the study came along with the backup
    expect(await joinStudy(pageB, 'study-join-again')).toMatch(/stond al op dit apparaat/);
    files.push(await shareForStudy(pageB, scanId, 'study-consent-b'));
  });

  it('both files carry the same pseudonym: HMAC-SHA-256 of the collective id under the study key', () => {
    const study = decodeStudyCode(link.split('?s=')[1] ?? '');
    if (!study.ok) throw new Error('the link must hold the study');
    const expected = createHmac('sha256', study.study.key).update(collectiveId).digest('hex');
    expect(files.map((file) => file.collective.pseudonym)).toEqual([expected, expected]);
  });

  it('loads both files in Onderzoek as one collective with two scans, and shows its change', async () => {
    await research.goto(`${baseUrl()}#/research`);
    // both scans are of one year: the one read first is the earlier
    await research
      .getByLabel('Kies bestanden (.json of .jsonl)')
      .setInputFiles([join(work, 'study-consent.json'), join(work, 'study-consent-b.json')]);
    await research.getByText('2 uitkomsten geladen', { exact: false }).waitFor();
    await screenshot(research, 'study-research-loaded');
    await research.getByRole('link', { name: /Overzicht/ }).click();
    // one case: the latest scan of the one pseudonym, the other scan not counted as a case
    const casesNote = research.locator('.research-cases-note').first();
    await casesNote.waitFor();
    const note = await casesNote.innerText();
    expect(note).toMatch(/de laatste scan per pseudoniem/);
    expect(note).toMatch(/\(1 pseudoniem; /);
    expect(note).toMatch(/0 zonder pseudoniem, elk een eigen case/);
    expect(note).toMatch(/; 1 andere scan niet meegeteld\)/);
    const section = research.locator('section[aria-labelledby="change-title"]');
    await section.waitFor();
    expect(await section.innerText()).toMatch(/1 paar opeenvolgende scans bij 1 pseudoniem\./);
    const row = (name: string) =>
      section.getByRole('row').filter({ has: research.getByRole('rowheader', { name }) });
    const cells = async (name: string) =>
      (await row(name).getByRole('cell').allInnerTexts()).slice(0, 3).map((t) => t.trim());
    expect(await cells('Gedeeld leiderschap')).toEqual(['+1,60', '100%', '0%']);
    // a condition nobody answered has no mean in either scan, so no change and nothing to unfold
    expect(
      (await row('Gedeelde ondernemende cultuur').getByRole('cell').allInnerTexts()).map((t) =>
        t.trim(),
      ),
    ).toEqual(['–', '–', '–', '–']);
    await row('Gedeeld leiderschap').getByText('Toon').click();
    // the one change, +1.60, falls in the bin from +1.50 to +2.00 (bins of 0.5 from −4 to 4)
    expect(await row('Gedeeld leiderschap').locator('li').allInnerTexts()).toEqual([
      '+1,50 … +2,00: 1',
    ]);
    expect(await section.innerText()).toMatch(/1 paar zonder configuratie/);
    await screenshot(research, 'study-research-change');
    // and on a phone: the change table scrolls sideways inside its frame
    await research.setViewportSize({ width: 360, height: 800 });
    await screenshot(research, 'study-research-change-360');
  });

  it('sent nothing off the device', () => {
    for (const recorded of requests) expect(recorded.outside()).toEqual([]);
  });
});
