import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { renderSVG } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfScanV1 } from '../support/questionnaires';
import { encodeResponseCode } from '../../src/domain/files/response-code';
import type { ResponseFile } from '../../src/domain/files/response-file';
import { baseUrl, type recordMissingTexts, type recordRequests, visitCheck } from './browser';
import { createCollective, heading, startScan } from './support/app';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';
import {
  answerPages,
  answerQr,
  openProfile,
  phoneOptions as phone,
  readAnswerQr,
} from './support/members';
import { respondentItems, respondentPages } from './support/questionnaire';
import { writeStillY4m } from './support/y4m';

const wide = { width: 1280, height: 800 };
const collectiveName = 'Energiecoöperatie De Leden';
const scanLabel = 'Voorjaarsscan leden';

describe('members invited by name answer on their own phones; the coordinator sees who answered', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-e2e-members-'));
  const requests: ReturnType<typeof recordRequests>[] = [];
  const missingTexts: ReturnType<typeof recordMissingTexts>[] = [];
  let contextA: BrowserContext;
  let contextB: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  let scanId = '';
  let otherScanLabel = '';
  let ayseLink = '';
  let everyoneLink = '';
  let fileB: ResponseFile;
  let ayseCode = '';

  async function openA(camera?: string) {
    await contextA?.close();
    const dir = join(work, 'profile-a');
    const options = { viewport: wide };
    ({ context: contextA, page: pageA } = await openProfile({
      dir,
      options,
      camera,
      requests,
      missingTexts,
    }));
  }

  function openMember(name: string): Promise<{ context: BrowserContext; page: Page }> {
    return openProfile({ dir: join(work, name), options: phone, requests, missingTexts });
  }

  /** A QR code of the text as a PNG, drawn in the member's browser (no request leaves it). */
  async function qrPng(text: string, path: string) {
    const svg = renderSVG(text, { ecc: 'M', border: 4, pixelSize: 8 }).replace(
      '<svg ',
      '<svg width="400" height="400" ',
    );
    const page = await contextB.newPage();
    await page.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
    await page.locator('svg').screenshot({ path });
    await page.close();
  }

  beforeAll(async () => {
    await openA();
    ({ context: contextB, page: pageB } = await openMember('profile-b'));
  });

  afterAll(async () => {
    await contextA?.close();
    await contextB?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the coordinator invites two members by name, each with their own link', async () => {
    await createCollective(pageA, collectiveName);
    otherScanLabel = 'Najaarsscan 2026';
    await startScan(pageA, otherScanLabel);
    await pageA.getByRole('link', { name: collectiveName }).click();
    scanId = await startScan(pageA, scanLabel);
    for (const name of ['Ayşe', 'Penningmeester Bram']) {
      await pageA.getByLabel('Naam of rol').fill(name);
      await pageA.getByRole('button', { name: 'Uitnodigen' }).click();
      await heading(pageA, name, 4).waitFor();
    }
    await pageA.getByText('0 van 2 ontvangen').waitFor();
    await pageA.getByText('Link en QR-code voor Ayşe').click();
    const panel = pageA.locator('div.panel', { has: heading(pageA, 'Uitnodiging voor Ayşe', 3) });
    await panel.getByRole('img', { name: 'QR-code: uitnodiging voor Ayşe' }).waitFor();
    ayseLink = await panel.getByLabel('Uitnodigingslink').inputValue();
    // version 3 of the invitation code: it carries the member's respondent id and name
    expect(ayseLink).toMatch(new RegExp(`^${baseUrl()}#/respond\\?i=3\\.[A-Za-z0-9_-]+$`));
    const everyone = pageA.locator('div.panel', {
      has: heading(pageA, 'Eén link voor iedereen', 3),
    });
    everyoneLink = await everyone.getByLabel('Uitnodigingslink').inputValue();
    expect(everyoneLink).toMatch(/#\/respond\?i=2\./);
    await visitCheck(pageA, 'members-01-a-scan-1280');
    await pageA.setViewportSize(phone.viewport);
    await visitCheck(pageA, 'members-02-a-scan-360');
    await pageA.setViewportSize(wide);
  }, 150_000);

  it('Ayşe opens her link at 360 px: a welcome first, with her name; then the questions', async () => {
    await pageB.goto(ayseLink);
    await heading(pageB, 'Welkom', 2).waitFor();
    await pageB.getByText(`Deze vragenlijst is van ${collectiveName}.`).waitFor();
    await pageB.getByText(`${respondentItems.length} vragen, ongeveer`, { exact: false }).waitFor();
    expect(await pageB.getByLabel('Je naam of rol (mag leeg)').inputValue()).toBe('Ayşe');
    await visitCheck(pageB, 'members-03-b-welcome-360');
    await pageB.getByRole('button', { name: 'Beginnen' }).click();
    await pageB.waitForURL((url) => url.hash.startsWith(`#/respond/${scanId}/`));
    await visitCheck(pageB, 'members-04-b-question-360');
    await answerPages(pageB, scanId);
    await pageB.goto(`${baseUrl()}#/respond/${scanId}/review`);
    const qr = answerQr(pageB);
    await qr.waitFor();
    // the answer QR comes before the storage advice, and within the first two screens
    const box = await qr.boundingBox();
    expect(box!.y).toBeLessThan(2 * 640);
    await visitCheck(pageB, 'members-05-b-review-360');
    await qr.screenshot({ path: join(work, 'answer-qr.png'), scale: 'css' });
    ({ code: ayseCode, file: fileB } = await readAnswerQr(pageB, scanId));
    // her phone's list of invitations says she finished and that the code was shown
    await pageB.goto(`${baseUrl()}#/respond`);
    await pageB
      .locator('.card-list li', { hasText: scanLabel })
      .getByText(/ · Klaar · antwoordcode getoond op \d+ \S+ \d{4}$/)
      .waitFor();
    expect(fileB.respondentName).toBe('Ayşe');
    expect(Object.keys(fileB.answers)).toHaveLength(respondentItems.length);
  }, 120_000);

  it('a code of the other scan on this device is refused beside the camera, naming that scan', async () => {
    const other = rowsOf(await exportDatabase(pageA), 'scans').find(
      (s) => s.label === otherScanLabel,
    )!;
    const refused = encodeResponseCode({
      file: { ...fileB, scanId: String(other.id) },
      questionnaire: selfScanV1,
    });
    await qrPng(refused, join(work, 'refused-qr.png'));
    const video = join(work, 'refused-qr.y4m');
    writeStillY4m({ png: join(work, 'refused-qr.png'), out: video });
    await openA(video);
    await pageA.goto(`${baseUrl()}#/scans/${scanId}/codes`);
    await heading(pageA, 'Antwoordcodes scannen').waitFor();
    await pageA.getByText('0 van 2 ontvangen').waitFor();
    const before = await exportDatabase(pageA);
    await pageA.getByRole('button', { name: 'Camera aanzetten' }).click();
    const refusal = pageA
      .locator('.code-log li')
      .filter({ hasText: `hoort bij een andere scan op dit apparaat: ${otherScanLabel}` });
    await refusal.waitFor({ timeout: 30_000 });
    const camera = await pageA.getByLabel('Camerabeeld').boundingBox();
    const shown = await refusal.boundingBox();
    expect(shown!.x).toBeGreaterThan(camera!.x + camera!.width);
    expect(shown!.y + shown!.height).toBeLessThan(wide.height);
    expect(await exportDatabase(pageA)).toBe(before);
    await visitCheck(pageA, 'members-06-a-codes-refused-1280');
    await pageA.getByRole('button', { name: 'Camera uitzetten' }).click();
  }, 150_000);

  it('Ayşe’s answer QR through the camera arrives by name, via answer code; Bram is pending', async () => {
    const video = join(work, 'answer-qr.y4m');
    writeStillY4m({ png: join(work, 'answer-qr.png'), out: video });
    await openA(video);
    await pageA.goto(`${baseUrl()}#/scans/${scanId}/codes`);
    await heading(pageA, 'Antwoordcodes scannen').waitFor();
    await pageA.getByRole('button', { name: 'Camera aanzetten' }).click();
    await pageA.getByText('Ontvangen: Ayşe.').waitFor({ timeout: 30_000 });
    await pageA.getByText('1 van 2 ontvangen').waitFor();
    await visitCheck(pageA, 'members-07-a-codes-1280');
    await pageA.getByRole('button', { name: 'Camera uitzetten' }).click();
    await pageA.setViewportSize(phone.viewport);
    await visitCheck(pageA, 'members-08-a-codes-360');
    await pageA.setViewportSize(wide);
    expect(await storedAnswers(pageA, fileB.respondentId)).toEqual(
      await storedAnswers(pageB, fileB.respondentId),
    );

    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    const members = pageA.locator('.member-list');
    const ayse = members.locator('li', { has: heading(pageA, 'Ayşe', 4) });
    await ayse.getByText(/^Geantwoord .* via antwoordcode$/).waitFor();
    const bram = members.locator('li', { has: heading(pageA, 'Penningmeester Bram', 4) });
    await bram.getByText('Nog niet geantwoord', { exact: false }).waitFor();
    // the respondents list names her too, and says how her answers came
    await pageA
      .locator('.card-list li', { has: heading(pageA, 'Ayşe', 3) })
      .getByText('via antwoordcode', { exact: false })
      .waitFor();
    await visitCheck(pageA, 'members-09-a-scan-answered-1280');
  }, 150_000);

  it('the same code from Ayşe a second time: her answers stay, and the list says she answered twice, with when', async () => {
    await pageA.goto(`${baseUrl()}#/scans/${scanId}/codes`);
    await heading(pageA, 'Antwoordcodes scannen').waitFor();
    const answers = await storedAnswers(pageA, fileB.respondentId);
    await pageA.getByLabel('Code typen of plakken').fill(ayseCode);
    await pageA.getByRole('button', { name: 'Code inlezen' }).click();
    await pageA
      .locator('.code-log li')
      .first()
      .filter({ hasText: 'Ayşe: deze antwoorden waren al ontvangen' })
      .waitFor();
    expect(await storedAnswers(pageA, fileB.respondentId)).toEqual(answers);
    await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
    await pageA
      .locator('.member-list li', { has: heading(pageA, 'Ayşe', 4) })
      .getByText(/^Twee keer of vaker geantwoord, laatst .+ via antwoordcode$/)
      .waitFor();
  });

  it('a member on the link for everyone types a name, and the coordinator sees that name', async () => {
    const { context, page } = await openMember('profile-c');
    try {
      await page.goto(everyoneLink);
      await heading(page, 'Welkom', 2).waitFor();
      await page.getByLabel('Je naam of rol (mag leeg)').fill('Kees van de moestuin');
      await page.getByRole('button', { name: 'Beginnen' }).click();
      const first = respondentPages[0]!;
      await page.waitForURL((url) => url.hash.startsWith(`#/respond/${scanId}/${first.id}`));
      await answerPages(page, scanId, [first]);
      await page.goto(`${baseUrl()}#/respond/${scanId}/review`);
      await answerQr(page).waitFor();
      const typed = await page.getByTestId('answer-code').textContent();
      // the typed form comes in blocks of five; the reader takes it as shown
      expect(typed).toMatch(/^CKR2: (\S{1,5} )+\S{1,5}$/);
      await pageA.goto(`${baseUrl()}#/scans/${scanId}/codes`);
      await pageA.getByLabel('Code typen of plakken').fill(typed!.replaceAll('0', 'O'));
      await pageA.getByRole('button', { name: 'Code inlezen' }).click();
      await pageA.getByText('Ontvangen: Kees van de moestuin.').waitFor();
      await pageA.goto(`${baseUrl()}#/scans/${scanId}`);
      await pageA
        .locator('.member-list li', { has: heading(pageA, 'Kees van de moestuin', 4) })
        .getByText(/via antwoordcode$/)
        .waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('made no request outside 127.0.0.1', () => {
    expect(requests.flatMap((r) => r.outside())).toEqual([]);
  });

  it("showed no key without its text, on any phone or the coordinator's device", () => {
    expect(missingTexts.flatMap((m) => m.all)).toEqual([]);
  });
});
