import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfScanV1 } from '../support/questionnaires';
import { encodeResponseCode } from '../../src/domain/files/response-code';
import type { ResponseFile } from '../../src/domain/files/response-file';
import { artifactsDir, baseUrl, type recordRequests, visitCheck } from './browser';
import { createCollective, heading, startScan } from './support/app';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';
import {
  answerPages,
  answerQr,
  openProfile,
  phoneOptions as phone,
  readAnswerQr,
} from './support/members';
import { respondentItems } from './support/questionnaire';
import { writeStillY4m } from './support/y4m';

const scanLabel = 'Ledenavond met telefoons';
const messages = JSON.parse(readFileSync('src/features/phones/messages/nl.json', 'utf8')) as {
  phones: { scanCodes: { reason: Record<string, string> } };
};
const reason = (code: string) => messages.phones.scanCodes.reason[code]!.split('{{')[0]!.trim();

describe('invitation by link, answers back by QR code through a fake camera', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-e2e-qr-'));
  const requests: ReturnType<typeof recordRequests>[] = [];
  let contextA: BrowserContext;
  let contextB: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  let scanId = '';
  let link = '';
  let code = '';
  let fileB: ResponseFile;

  async function openA(camera?: string) {
    await contextA?.close();
    const dir = join(work, 'profile-a');
    ({ context: contextA, page: pageA } = await openProfile({
      dir,
      options: phone,
      camera,
      requests,
    }));
  }

  beforeAll(async () => {
    await openA();
    const dir = join(work, 'profile-b');
    ({ context: contextB, page: pageB } = await openProfile({ dir, options: phone, requests }));
  });

  afterAll(async () => {
    await contextA?.close();
    await contextB?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('profile A shows the invitation as a QR code and a link, with the loopback warning', async () => {
    await pageA.setViewportSize({ width: 1100, height: 900 });
    await createCollective(pageA, 'Buurtcoöperatie De Telefoon');
    scanId = await startScan(pageA, scanLabel);
    await pageA.setViewportSize(phone.viewport);
    const panel = pageA.locator('.panel', {
      has: heading(pageA, 'Eén link voor iedereen', 3),
    });
    await panel.getByRole('img', { name: `QR-code: uitnodiging voor ${scanLabel}` }).waitFor();
    await panel
      .getByText('werken op andere telefoons pas als de app ergens gepubliceerd is')
      .waitFor();
    await expect(panel.getByRole('button', { name: 'Kopieer link' }).isVisible()).resolves.toBe(
      true,
    );
    link = await pageA.getByLabel('Uitnodigingslink').inputValue();
    // version 2 of the invitation code: it carries the collective's name
    expect(link).toMatch(new RegExp(`^${baseUrl()}#/respond\\?i=2\\.[A-Za-z0-9_-]+$`));
    await panel.scrollIntoViewIfNeeded();
    await visitCheck(pageA, 'qr-01-a-invitation');
    await panel.screenshot({ path: join(artifactsDir, 'qr-01-a-invitation-panel.png') });
  });

  it('profile B opens the link, fills in at 360×640 and shows the answer QR code', async () => {
    await pageB.goto(link);
    await heading(pageB, scanLabel).waitFor();
    await pageB.getByText('Vragenlijst voor Buurtcoöperatie De Telefoon').waitFor();
    await pageB.getByRole('button', { name: 'Beginnen' }).click();
    await pageB.waitForURL((url) => url.hash.startsWith(`#/respond/${scanId}/`));
    await answerPages(pageB, scanId);
    await pageB.goto(`${baseUrl()}#/respond/${scanId}/review`);
    const qr = answerQr(pageB);
    await qr.scrollIntoViewIfNeeded();
    await visitCheck(pageB, 'qr-02-b-answer-code');
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    await qr.screenshot({ path: join(work, 'answer-qr.png'), scale: 'css' });
    await qr.screenshot({ path: join(artifactsDir, 'qr-02-b-answer-qr.png'), scale: 'css' });
    ({ code, file: fileB } = await readAnswerQr(pageB, scanId));
    const rowsB = rowsOf(await exportDatabase(pageB), 'responses');
    expect(rowsB).toHaveLength(1);
    expect(fileB.respondentId).toBe(rowsB[0]!.id);
    expect(fileB.answers).toEqual(rowsB[0]!.answers);
    expect(Object.keys(fileB.answers)).toHaveLength(respondentItems.length);
  });

  it('profile A, its camera fed with a video of that QR code, imports the answers', async () => {
    const video = join(work, 'answer-qr.y4m');
    writeStillY4m({ png: join(work, 'answer-qr.png'), out: video });
    await openA(video);
    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    await heading(pageA, scanLabel).waitFor();
    await pageA.getByRole('link', { name: 'Antwoordcodes scannen' }).click();
    await heading(pageA, 'Antwoordcodes scannen').waitFor();
    await pageA.getByLabel('Hoeveel deelnemers verwacht je?', { exact: false }).fill('8');
    await pageA.getByRole('button', { name: 'Bewaren' }).click();
    await pageA.getByText('0 van 8 ontvangen').waitFor();
    await visitCheck(pageA, 'qr-03-a-scan-codes');
    await pageA.getByRole('button', { name: 'Camera aanzetten' }).click();
    const name = `Deelnemer ${fileB.respondentId.slice(0, 6)}`;
    await pageA.getByText(`Ontvangen: ${name}.`).waitFor({ timeout: 30_000 });
    await pageA.getByText('1 van 8 ontvangen').waitFor();
    await visitCheck(pageA, 'qr-04-a-scanned');
    const answersB = await storedAnswers(pageB, fileB.respondentId);
    expect(await storedAnswers(pageA, fileB.respondentId)).toEqual(answersB);
    await pageA.getByRole('button', { name: 'Camera uitzetten' }).click();
    // a browser restart and a camera on a shared two-core machine: give it time
  }, 150_000);

  async function paste(text: string) {
    await pageA.getByLabel('Code typen of plakken').fill(text);
    await pageA.getByRole('button', { name: 'Code inlezen' }).click();
  }

  it('reads a pasted code (lower case, with spaces) of another respondent', async () => {
    const other = { ...fileB, respondentId: 'c0ffee00-1234-4abc-8def-0123456789ab' };
    const typed = encodeResponseCode({ file: other, questionnaire: selfScanV1 })
      .toLowerCase()
      .replace(/(.{8})/g, '$1 ');
    await paste(typed);
    await pageA.getByText('Ontvangen: Deelnemer c0ffee.').waitFor();
    await pageA.getByText('2 van 8 ontvangen').waitFor();
    expect(await storedAnswers(pageA, other.respondentId)).toEqual(fileB.answers);
  });

  it.each([
    [
      // one wrong character: the reader names its block and place
      'a damaged code',
      () => code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21),
      'code-typo-wrong',
    ],
    [
      'a code for another scan',
      () =>
        encodeResponseCode({
          file: { ...fileB, scanId: 'another-scan' },
          questionnaire: selfScanV1,
        }),
      'other-scan',
    ],
    [
      'a code of another questionnaire version',
      () =>
        encodeResponseCode({
          file: { ...fileB, questionnaire: { ...fileB.questionnaire, version: '1.1.0' } },
          questionnaire: selfScanV1,
        }),
      'other-questionnaire',
    ],
  ])('refuses %s with its own message and writes nothing', async (_case, make, refusal) => {
    const before = await exportDatabase(pageA);
    await paste(make());
    await pageA
      .locator('.code-log li')
      .first()
      .filter({ hasText: reason(refusal) })
      .waitFor();
    expect(await exportDatabase(pageA)).toBe(before);
  });

  it('the same code again keeps the answers and counts the second arrival; the screen stays accessible', async () => {
    const before = rowsOf(await exportDatabase(pageA), 'responses');
    await paste(code);
    await pageA
      .locator('.code-log li')
      .first()
      .filter({ hasText: 'deze antwoorden waren al ontvangen' })
      .waitFor();
    const after = rowsOf(await exportDatabase(pageA), 'responses');
    const earlier = before.find((r) => r.id === fileB.respondentId)!;
    expect(after.find((r) => r.id === fileB.respondentId)).toEqual({
      ...earlier,
      timesReceived: 2,
      lastArrivalAt: expect.any(String),
    });
    expect(after.filter((r) => r.id !== fileB.respondentId)).toEqual(
      before.filter((r) => r.id !== fileB.respondentId),
    );
    await visitCheck(pageA, 'qr-05-a-refusals');
  });

  it('opens a code shared to the installed app (the GET route of the share target) on its scan', async () => {
    // the service worker sends shared text here (tests/e2e/share-target.e2e.ts)
    await pageA.goto(`${baseUrl()}?text=${encodeURIComponent(`Mijn antwoordcode: ${code}`)}`);
    await heading(pageA, 'Antwoordcodes scannen').waitFor();
    expect(new URL(pageA.url()).search).toBe('');
    await pageA
      .locator('.code-log li')
      .first()
      .filter({ hasText: 'deze antwoorden waren al ontvangen' })
      // the codes screen reads the shared code once its section and the scan have loaded
      .waitFor({ timeout: 45_000 });
  }, 90_000);

  it('on a phone the header is one line with a menu holding the links and the language', async () => {
    await pageB.goto(`${baseUrl()}#/`);
    const header = pageB.locator('header');
    const closed = await header.boundingBox();
    expect(closed!.height).toBeLessThan(80);
    await expect(pageB.getByRole('link', { name: 'Instellingen' }).isVisible()).resolves.toBe(
      false,
    );
    const menu = pageB.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await pageB.getByRole('link', { name: 'Instellingen' }).waitFor();
    await pageB.getByRole('button', { name: 'English' }).waitFor();
    await visitCheck(pageB, 'qr-06-b-menu-open');
    await pageB.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(menu.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await visitCheck(pageB, 'qr-07-b-menu-closed');
  }, 120_000);

  it('made no request outside 127.0.0.1', () => {
    expect(requests.flatMap((r) => r.outside())).toEqual([]);
  });
});
