import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { selfScanV1 } from '../../support/questionnaires';
import { decodeResponseCode } from '../../../src/domain/files/response-code';
import type { ResponseFile } from '../../../src/domain/files/response-file';
import {
  baseUrl,
  chromiumArgs,
  chromiumPath,
  recordMissingTexts,
  recordRequests,
} from '../browser';
import { choice, savedStatus } from './app';
import { exportDatabase, rowsOf } from './idb';
import { plannedChoice, respondentItems, respondentPages, type E2ePage } from './questionnaire';

// Shared by the tests where members answer on their own phones (members.e2e.ts, qr.e2e.ts): browser
// profiles that survive restarts, a camera fed from a file, and the member's fill-in and answer QR.

export const phoneOptions = {
  viewport: { width: 360, height: 640 },
  isMobile: true,
  hasTouch: true,
};

/** A Chromium profile in `dir` that survives restarts; `camera` feeds the fake camera from a Y4M file. */
export function launchProfile(
  dir: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
  camera?: string,
): Promise<BrowserContext> {
  const fake = camera
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${camera}`,
      ]
    : [];
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...fake],
    ...options,
  });
}

/**
 * Opens a profile with its requests recorded into `requests` (and keys shown without a text into
 * `missingTexts`), and its first page (15 s waits).
 */
export async function openProfile(input: {
  dir: string;
  options?: Parameters<typeof chromium.launchPersistentContext>[1];
  camera?: string;
  requests: ReturnType<typeof recordRequests>[];
  missingTexts?: ReturnType<typeof recordMissingTexts>[];
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchProfile(input.dir, input.options, input.camera);
  input.requests.push(recordRequests(context));
  input.missingTexts?.push(recordMissingTexts(context));
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Answers the given pages of a scan opened on a member's phone with the planned choices, each saved. */
export async function answerPages(
  page: Page,
  scanId: string,
  pages: readonly E2ePage[] = respondentPages,
): Promise<void> {
  for (const fillInPage of pages) {
    await page.goto(`${baseUrl()}#/respond/${scanId}/${fillInPage.id}`);
    for (const item of fillInPage.items) {
      await choice(page, item, plannedChoice(item, respondentItems.indexOf(item))).check();
    }
    await savedStatus(page).waitFor();
  }
}

/** The review step's answer QR on a member's phone. */
export function answerQr(page: Page): Locator {
  return page.getByRole('img', { name: 'QR-code: jouw antwoorden' });
}

/** The text of the answer QR on the member's phone, and the response file it decodes to. */
export async function readAnswerQr(
  page: Page,
  scanId: string,
): Promise<{ code: string; file: ResponseFile }> {
  const code = (await answerQr(page).getAttribute('data-qr-text')) ?? '';
  expect(code).toMatch(/^CKR2:/);
  const scan = {
    id: scanId,
    questionnaire: rowsOf(await exportDatabase(page), 'invitations')[0]!
      .questionnaire as ResponseFile['questionnaire'],
  };
  const read = decodeResponseCode({ text: code, scan, questionnaire: selfScanV1 });
  if (!read.ok) throw new Error(`the answer QR does not read: ${read.error.code}`);
  return { code, file: read.file };
}
