import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfScanV1 } from '../support/questionnaires';
import { buildInvitationFile } from '../../src/domain/files/invitation-file';
import { encodeResponseCode } from '../../src/domain/files/response-code';
import { buildResponseFile, type ResponseFile } from '../../src/domain/files/response-file';
import {
  baseUrl,
  chromiumArgs,
  chromiumPath,
  openBrowserSession,
  recordRequests,
  visitCheck,
} from './browser';
import { createCollective, heading, startScan } from './support/app';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';

const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const scanLabel = 'Gedeelde antwoorden';
const messages = JSON.parse(readFileSync('src/features/phones/messages/nl.json', 'utf8')) as {
  phones: { sharedFile: Record<string, string> };
};
const sharedText = (key: string) => messages.phones.sharedFile[key]!;

type SharedFile = { name: string; text: string; type?: string };

/** What Android does with a share to the installed app: a POST navigation of multipart form data to the manifest's action. */
async function share(page: Page, files: SharedFile[]): Promise<void> {
  const manifest = (await (await fetch(`${baseUrl()}manifest.webmanifest`)).json()) as {
    share_target: { action: string; params: { files: { name: string }[] } };
  };
  await page.evaluate(
    ({ action, field, files }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.action = action;
      const input = document.createElement('input');
      input.type = 'file';
      input.name = field;
      input.multiple = true;
      const chosen = new DataTransfer();
      for (const file of files) {
        chosen.items.add(
          new File([file.text], file.name, { type: file.type ?? 'application/json' }),
        );
      }
      input.files = chosen.files;
      form.append(input);
      document.body.append(form);
      form.submit();
    },
    {
      action: manifest.share_target.action,
      field: manifest.share_target.params.files[0]!.name,
      files,
    },
  );
}

async function launchProfile(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    ...phone,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** The first visit installs the service worker; from then on it controls the app's pages. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('files shared to the installed app (Web Share Target, POST)', () => {
  const work = mkdtempSync(join(tmpdir(), 'ck-e2e-share-'));
  const requests: ReturnType<typeof recordRequests>[] = [];
  let coordinator: { context: BrowserContext; page: Page };
  let member: { context: BrowserContext; page: Page };
  let scanId = '';
  let file: ResponseFile;

  beforeAll(async () => {
    coordinator = await launchProfile(join(work, 'coordinator'));
    member = await launchProfile(join(work, 'member'));
    requests.push(recordRequests(coordinator.context), recordRequests(member.context));
  });

  afterAll(async () => {
    await coordinator?.context.close();
    await member?.context.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the manifest takes .json files by POST and keeps the text and link', async () => {
    const manifest = (await (await fetch(`${baseUrl()}manifest.webmanifest`)).json()) as {
      share_target?: unknown;
    };
    expect(manifest.share_target).toEqual({
      action: './share-target',
      method: 'POST',
      enctype: 'multipart/form-data',
      params: {
        title: 'title',
        text: 'text',
        url: 'url',
        files: [{ name: 'files', accept: ['.json', 'application/json'] }],
      },
    });
  });

  it('a shared response file opens the import of its scan, and its answers are stored', async () => {
    const { page } = coordinator;
    await page.setViewportSize({ width: 1100, height: 900 });
    await createCollective(page, 'Energiecoöperatie Gedeeld');
    scanId = await startScan(page, scanLabel);
    await page.setViewportSize(phone.viewport);
    await waitForServiceWorker(page);
    const scan = rowsOf(await exportDatabase(page), 'scans').find((row) => row.id === scanId)!;
    const answers = Object.fromEntries(
      selfScanV1.items.filter((item) => item.type === 'likert5').map((item) => [item.id, 4]),
    );
    file = buildResponseFile({
      questionnaire: scan.questionnaire as ResponseFile['questionnaire'],
      scanId,
      respondentId: '5ba7ed00-1234-4abc-8def-0123456789ab',
      label: scanLabel,
      answers,
      submittedAt: '2026-11-20T19:30:00.000Z',
    });
    await share(page, [{ name: 'antwoorden-ans.json', text: JSON.stringify(file) }]);
    await heading(page, scanLabel).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/scans/${scanId}`);
    await page.getByRole('status').filter({ hasText: 'Ingelezen: 1 nieuw' }).waitFor();
    expect(await storedAnswers(page, file.respondentId)).toEqual(answers);
    await visitCheck(page, 'share-01-response-imported');
    // the shared file does not stay behind in Cache Storage
    expect(await page.evaluate(() => caches.has('ck-shared-files'))).toBe(false);
  }, 120_000);

  it('bad files shared are refused with their own reasons, and nothing is written', async () => {
    const { page } = coordinator;
    const before = await exportDatabase(page);
    const elsewhere = { ...file, scanId: 'scan-on-another-device' };
    await share(page, [
      { name: 'kapot.json', text: JSON.stringify(file).slice(0, 60) },
      { name: 'resultaat.json', text: JSON.stringify({ format: 'ck-result', formatVersion: 1 }) },
      { name: 'ander-apparaat.json', text: JSON.stringify(elsewhere) },
    ]);
    await heading(page, sharedText('title')).waitFor();
    const alert = page.getByRole('alert');
    await alert.getByText('3 gedeelde bestanden kan de app niet gebruiken').waitFor();
    const reasonOf = async (name: string) =>
      (await alert.locator('li', { hasText: name }).textContent()) ?? '';
    expect(await reasonOf('kapot.json')).toMatch(/JSON/);
    expect(await reasonOf('resultaat.json')).toContain(sharedText('unknown'));
    expect(await reasonOf('ander-apparaat.json')).toContain(sharedText('noScan'));
    await visitCheck(page, 'share-02-refused');
    expect(await exportDatabase(page)).toBe(before);
  }, 120_000);

  it('a shared invitation file opens the respondent’s start on a member’s phone', async () => {
    const { page } = member;
    await page.goto(`${baseUrl()}#/`);
    await waitForServiceWorker(page);
    const scan = rowsOf(await exportDatabase(coordinator.page), 'scans')[0]!;
    const invitation = buildInvitationFile({
      questionnaire: scan.questionnaire as ResponseFile['questionnaire'],
      scanId,
      label: scanLabel,
      collectiveName: 'Energiecoöperatie Gedeeld',
      createdAt: '2026-11-20T19:00:00.000Z',
    });
    await share(page, [{ name: 'uitnodiging.json', text: JSON.stringify(invitation) }]);
    await heading(page, scanLabel).waitFor();
    await page.waitForURL((url) => url.hash.startsWith(`#/respond/${scanId}`));
    await page.getByText('Vragenlijst voor Energiecoöperatie Gedeeld').waitFor();
    await visitCheck(page, 'share-03-invitation-opened');
    expect(rowsOf(await exportDatabase(page), 'invitations')).toHaveLength(1);
  }, 120_000);

  it('shared text with an answer code opens the codes screen of its scan', async () => {
    const { page } = coordinator;
    await page.goto(`${baseUrl()}#/`);
    const code = encodeResponseCode({ file, questionnaire: selfScanV1 });
    await page.evaluate(
      ({ action, text }) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.enctype = 'multipart/form-data';
        form.action = action;
        const field = document.createElement('textarea');
        field.name = 'text';
        field.value = text;
        form.append(field);
        document.body.append(form);
        form.submit();
      },
      { action: './share-target', text: `Mijn antwoordcode: ${code}` },
    );
    await heading(page, 'Antwoordcodes scannen').waitFor({ timeout: 45_000 });
    expect(new URL(page.url()).search).toBe('');
    const newest = page.locator('.code-log li').first();
    await newest
      .filter({ hasText: 'deze antwoorden waren al ontvangen' })
      .waitFor({ timeout: 45_000 })
      .catch(async (error: unknown) => {
        // say what the screen showed instead, so a failure can be understood from the log
        const shown = await page
          .locator('main')
          .innerText({ timeout: 1000 })
          .catch(() => '');
        throw new Error(`no "already received" line; the screen showed:\n${shown}`, {
          cause: error,
        });
      });
  }, 120_000);

  it('the first load fetches none of the QR, camera, code or shared-file code', async () => {
    const built = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
      string,
      { file: string }
    >;
    const lazy = [
      'node_modules/uqr/dist/index.mjs',
      'node_modules/jsqr/dist/jsQR.js',
      'src/features/phones/qr-reader.ts',
      'src/app/sections/codes.ts',
      '_shared-files',
    ].map((key) => {
      const entry = Object.entries(built).find(([name]) => name.startsWith(key));
      expect(entry, key).toBeDefined();
      return entry![1].file;
    });
    const { browser, page } = await openBrowserSession({ viewport: phone.viewport });
    try {
      await page.goto(`${baseUrl()}#/`);
      await heading(page, 'Hoe sterk staat jullie collectief?').waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready);
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      );
      expect(loaded.some((path) => path.endsWith('.js'))).toBe(true);
      expect(loaded.filter((path) => lazy.some((file) => path.endsWith(file)))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('made no request outside 127.0.0.1', () => {
    expect(requests.flatMap((r) => r.outside())).toEqual([]);
  });
});
