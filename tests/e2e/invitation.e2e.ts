import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, launchPersistent, recordRequests, visitCheck } from './browser';
import {
  checkedIndex,
  choice,
  createCollective,
  heading,
  question,
  savedStatus,
  startScan,
  valueOf,
} from './support/app';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';
import { questionnaireKey } from '../../src/domain/questionnaire/identity';
import {
  plannedChoice,
  questionnaire,
  respondentItems,
  respondentPages,
} from './support/questionnaire';

type ResponseFileJson = {
  format: string;
  formatVersion: number;
  questionnaire: { id: string; version: string; sha256: string };
  scanId: string;
  respondentId: string;
  label?: string;
  answers: Record<string, unknown>;
  submittedAt: string;
};

const reasons = JSON.parse(readFileSync('src/wording/messages/nl.json', 'utf8')) as {
  import: { reason: Record<string, string> };
};
const fileErrors = JSON.parse(readFileSync('src/wording/messages/nl.json', 'utf8')) as {
  fileError: { unreadable: Record<string, string> };
};
/** The fixed start of a refusal's Dutch text (before its first value). */
const reason = (code: string) => {
  const text =
    code === 'unreadable'
      ? fileErrors.fileError.unreadable['not-json']
      : reasons.import.reason[code];
  if (!text) throw new Error(`no Dutch text for ${code}`);
  return text.split('{{')[0] ?? text;
};
const lock = JSON.parse(readFileSync('questionnaires/published.lock.json', 'utf8')) as Record<
  string,
  string
>;
const scanLabel = 'Zelfscan najaar 2026';
// the respondent on profile B answers the first three pages and leaves the rest open
const answeredOnB = respondentPages.slice(0, 3).flatMap((p) => p.items);
const total = respondentItems.length;

describe('invitation on one profile, response file on another, import back', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-e2e-invitation-'));
  let browserA: Browser;
  let contextA: BrowserContext;
  let contextB: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  const requests: ReturnType<typeof recordRequests>[] = [];
  let scanId = '';
  let invitationPath = '';
  let goodText = '';
  let good: ResponseFileJson;

  beforeAll(async () => {
    browserA = await launchBrowser();
    contextA = await browserA.newContext({ viewport: { width: 1100, height: 900 } });
    contextB = await launchPersistent(join(work, 'profile-b'));
    requests.push(recordRequests(contextA), recordRequests(contextB));
    pageA = await contextA.newPage();
    pageB = contextB.pages()[0] ?? (await contextB.newPage());
    for (const p of [pageA, pageB]) p.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browserA?.close();
    await contextB?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A fresh scan page, so no message of an earlier import is still on screen. */
  async function freshScanPage(): Promise<void> {
    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    await pageA.reload();
    await heading(pageA, scanLabel).waitFor();
    await expect(pageA.getByRole('alert').count()).resolves.toBe(0);
  }

  function importInput(): ReturnType<Page['getByLabel']> {
    return pageA.getByLabel('Antwoordbestanden inlezen', { exact: false });
  }

  function writeVariant(name: string, text: string): string {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  }

  async function saveResponseFileOnB(): Promise<{ path: string; text: string }> {
    const download = pageB.waitForEvent('download');
    await pageB.getByRole('button', { name: 'Antwoordbestand bewaren' }).click();
    const done = await download;
    expect(done.suggestedFilename()).toMatch(/^antwoorden-.*\.json$/);
    const path = join(work, done.suggestedFilename());
    await done.saveAs(path);
    return { path, text: readFileSync(path, 'utf8') };
  }

  it('profile A downloads an invitation file for its scan', async () => {
    await createCollective(pageA, 'Energiecoöperatie Twee Profielen');
    scanId = await startScan(pageA, scanLabel);
    await visitCheck(pageA, 'invitation-01-a-scan');
    const download = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Uitnodigingsbestand downloaden' }).click();
    const done = await download;
    invitationPath = join(work, done.suggestedFilename());
    await done.saveAs(invitationPath);
    const invitation = JSON.parse(readFileSync(invitationPath, 'utf8')) as Record<string, unknown>;
    expect(invitation).toMatchObject({
      format: 'ck-invitation',
      formatVersion: 1,
      scanId,
      label: scanLabel,
      collectiveName: 'Energiecoöperatie Twee Profielen',
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        sha256: lock[questionnaireKey(questionnaire)],
      },
    });
  });

  it('profile B refuses a damaged invitation, opens the real one and saves a response file', async () => {
    await pageB.goto(`${baseUrl()}#/respond`);
    await heading(pageB, 'Invullen met een uitnodiging').waitFor();
    await visitCheck(pageB, 'invitation-02-b-open');
    const invitationText = readFileSync(invitationPath, 'utf8');
    await pageB
      .getByLabel('Uitnodigingsbestand kiezen')
      .setInputFiles(writeVariant('kapotte-uitnodiging.json', invitationText.slice(0, 40)));
    await pageB
      .getByRole('alert')
      .filter({ hasText: 'Dit bestand is beschadigd of onvolledig: het is geen geldige JSON.' })
      .waitFor();
    await visitCheck(pageB, 'invitation-03-b-damaged');

    await pageB.getByLabel('Uitnodigingsbestand kiezen').setInputFiles(invitationPath);
    await heading(pageB, scanLabel).waitFor();
    await pageB.getByText('Vragenlijst voor Energiecoöperatie Twee Profielen').waitFor();
    await pageB.getByRole('button', { name: 'Beginnen' }).click();
    await pageB.waitForURL((url) => url.hash.startsWith(`#/respond/${scanId}/`));
    await visitCheck(pageB, 'invitation-04-b-first-page');
    for (const fillInPage of respondentPages.slice(0, 3)) {
      await pageB.goto(`${baseUrl()}#/respond/${scanId}/${fillInPage.id}`);
      for (const item of fillInPage.items) {
        await choice(pageB, item, plannedChoice(item, respondentItems.indexOf(item))).check();
      }
      await savedStatus(pageB).waitFor();
    }
    await pageB.getByRole('link', { name: 'Controleren' }).click();
    await pageB
      .getByText(`Nog ${total - answeredOnB.length} vragen zijn niet beantwoord.`, { exact: false })
      .waitFor();
    await visitCheck(pageB, 'invitation-05-b-review');

    const saved = await saveResponseFileOnB();
    goodText = saved.text;
    good = JSON.parse(goodText) as ResponseFileJson;
    expect(good).toMatchObject({
      format: 'ck-response',
      formatVersion: 1,
      scanId,
      label: scanLabel,
    });
    expect(good.questionnaire).toEqual(JSON.parse(invitationText).questionnaire);
    expect(good.answers).toEqual(
      Object.fromEntries(
        answeredOnB.map((item) => [
          item.id,
          valueOf(item, plannedChoice(item, respondentItems.indexOf(item))),
        ]),
      ),
    );
    // profile A has never seen this respondent: B's database is its own
    expect(await storedAnswers(pageA, good.respondentId)).toBeUndefined();
  });

  it('profile A imports the response file; the respondent appears with the answers', async () => {
    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    await heading(pageA, scanLabel).waitFor();
    writeFileSync(join(work, 'goed.json'), goodText);
    await importInput().setInputFiles(join(work, 'goed.json'));
    await pageA
      .getByRole('status')
      .filter({ hasText: 'Ingelezen: 1 nieuw, 0 vervangen, 0 ongewijzigd gelaten.' })
      .waitFor();
    await pageA
      .getByText(`${answeredOnB.length} van ${total} vragen beantwoord · via antwoordbestand`)
      .waitFor();
    await visitCheck(pageA, 'invitation-06-a-imported');
    expect(await storedAnswers(pageA, good.respondentId)).toEqual(good.answers);

    await pageA.goto(
      `${baseUrl()}#/scans/${scanId}/respond/${good.respondentId}/${respondentPages[2]!.id}`,
    );
    await question(pageA, respondentPages[2]!.items[0]!).waitFor();
    for (const item of respondentPages[2]!.items) {
      expect(await checkedIndex(pageA, item)).toBe(
        plannedChoice(item, respondentItems.indexOf(item)),
      );
    }
    await visitCheck(pageA, 'invitation-07-a-imported-answers');
  });

  it('names the imported respondent in the link to their answers, as the card does', async () => {
    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    await heading(pageA, scanLabel).waitFor();
    const links = pageA.getByRole('link', { name: /^Invullen voor/ });
    await expect(links.count()).resolves.toBe(1);
    // a screen reader reads the aria-label; "Invullen voor" alone does not say for whom
    const accessibleName = (await links.first().getAttribute('aria-label'))?.trim() ?? '';
    expect(accessibleName, 'link name of an imported respondent').toMatch(/^Invullen voor \S/);
  });

  const bad = [
    {
      file: 'andere-scan.json',
      code: 'other-scan',
      edit: (f: ResponseFileJson) => JSON.stringify({ ...f, scanId: `${f.scanId}-ander` }),
    },
    {
      file: 'aangepaste-hash.json',
      code: 'other-questionnaire',
      edit: (f: ResponseFileJson) => {
        const sha = f.questionnaire.sha256;
        const last = sha.endsWith('0') ? '1' : '0';
        return JSON.stringify({
          ...f,
          questionnaire: { ...f.questionnaire, sha256: sha.slice(0, -1) + last },
        });
      },
    },
    {
      file: 'afgebroken.json',
      code: 'unreadable',
      edit: (_f: ResponseFileJson) => goodText.slice(0, Math.floor(goodText.length / 2)),
    },
    {
      file: 'buiten-de-schaal.json',
      code: 'answers-do-not-fit',
      edit: (f: ResponseFileJson) => {
        const likert = respondentItems.find(
          (i) => i.values.includes(5) && f.answers[i.id] !== undefined,
        );
        return JSON.stringify({ ...f, answers: { ...f.answers, [likert!.id]: 7 } });
      },
    },
  ];

  it.each(bad)(
    'refuses $file with its own reason and writes nothing',
    async ({ file, code, edit }) => {
      await freshScanPage();
      const before = await exportDatabase(pageA);
      await importInput().setInputFiles(writeVariant(file, edit(good)));
      const alert = pageA.getByRole('alert').filter({ hasText: 'Er is niets ingelezen' });
      await alert.getByText(file, { exact: false }).waitFor();
      await expect(alert.getByRole('listitem').count()).resolves.toBe(1);
      const item = alert.getByRole('listitem').first();
      expect(await item.textContent()).toContain(file);
      expect(await item.textContent()).toContain(reason(code));
      await visitCheck(pageA, `invitation-08-a-refused-${code}`);
      expect(await exportDatabase(pageA)).toBe(before);
    },
  );

  it('refuses a whole batch when one file in it is bad, even if the other is fine', async () => {
    await freshScanPage();
    const before = await exportDatabase(pageA);
    const newcomer = writeVariant(
      'nieuwe-deelnemer.json',
      JSON.stringify({ ...good, respondentId: `${good.respondentId}-2` }),
    );
    const offScale = join(work, 'buiten-de-schaal.json');
    await importInput().setInputFiles([newcomer, offScale]);
    const alert = pageA.getByRole('alert').filter({ hasText: 'Er is niets ingelezen' });
    await alert.getByText('buiten-de-schaal.json').waitFor();
    await expect(alert.getByText('nieuwe-deelnemer.json').count()).resolves.toBe(0);
    expect(await exportDatabase(pageA)).toBe(before);
    // one respondent came by answer file before; the refused batch added none
    const byFile = pageA
      .locator('.card-list .card--row')
      .filter({ hasText: /via antwoordbestand/ });
    await expect(byFile.count()).resolves.toBe(1);
  });

  it('asks about a re-import; "Oude antwoorden houden" keeps the answers, counting the arrival', async () => {
    await freshScanPage();
    const before = await exportDatabase(pageA);
    await importInput().setInputFiles(join(work, 'goed.json'));
    const dialog = pageA.getByRole('alertdialog');
    await dialog.getByText('goed.json', { exact: false }).waitFor();
    await visitCheck(pageA, 'invitation-09-a-reimport-question');
    // nothing is written while the question is open
    expect(await exportDatabase(pageA)).toBe(before);
    await dialog.getByRole('button', { name: 'Oude antwoorden houden' }).click();
    await pageA
      .getByRole('status')
      .filter({ hasText: 'Ingelezen: 0 nieuw, 0 vervangen, 1 ongewijzigd gelaten.' })
      .waitFor();
    await expect(dialog.count()).resolves.toBe(0);
    // the answers stay; only the respondent's count of arrivals moves (the members list: answered twice)
    const rows = (text: string) => rowsOf(text, 'responses');
    const earlier = rows(before).find((r) => r.id === good.respondentId);
    const after = rows(await exportDatabase(pageA));
    expect(after.find((r) => r.id === good.respondentId)).toEqual({
      ...earlier,
      timesReceived: 2,
      lastArrivalAt: expect.any(String),
    });
    expect(after.filter((r) => r.id !== good.respondentId)).toEqual(
      rows(before).filter((r) => r.id !== good.respondentId),
    );
  });

  it('a corrected response file from B replaces the old answers when asked to', async () => {
    const changed = answeredOnB[answeredOnB.length - 1]!;
    const extra = respondentPages[3]!.items[0]!;
    await pageB.goto(`${baseUrl()}#/respond/${scanId}/${changed.pageId}`);
    const oldIndex = plannedChoice(changed, respondentItems.indexOf(changed));
    const newIndex = (oldIndex + 1) % changed.choices.length;
    await choice(pageB, changed, newIndex).check();
    await savedStatus(pageB).waitFor();
    await pageB.goto(`${baseUrl()}#/respond/${scanId}/${extra.pageId}`);
    await choice(pageB, extra, 0).check();
    await savedStatus(pageB).waitFor();
    await pageB.goto(`${baseUrl()}#/respond/${scanId}/review`);
    const second = await saveResponseFileOnB();
    const corrected = JSON.parse(second.text) as ResponseFileJson;
    expect(corrected.respondentId).toBe(good.respondentId);
    expect(corrected.answers[changed.id]).toBe(valueOf(changed, newIndex));

    await importInput().setInputFiles(second.path);
    await pageA
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Vervangen door de nieuwe' })
      .click();
    await pageA
      .getByRole('status')
      .filter({ hasText: 'Ingelezen: 0 nieuw, 1 vervangen, 0 ongewijzigd gelaten.' })
      .waitFor();
    expect(await storedAnswers(pageA, good.respondentId)).toEqual(corrected.answers);
    await pageA
      .getByText(`${answeredOnB.length + 1} van ${total} vragen beantwoord · via antwoordbestand`)
      .waitFor();
    await visitCheck(pageA, 'invitation-10-a-replaced');
  });

  it('made no request outside 127.0.0.1, on either profile', () => {
    expect(requests.every((r) => r.all.length > 0)).toBe(true);
    expect(requests.flatMap((r) => r.outside())).toEqual([]);
  });
});
