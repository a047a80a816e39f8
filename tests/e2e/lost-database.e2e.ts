import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, recordRequests, screenshot } from './browser';
import { choice, heading, savedStatus, setUpRespondent, valueOf } from './support/app';
import { damageIndexedDb, damages } from './support/damage-idb';
import { exportDatabase, rowsOf, storedAnswers } from './support/idb';
import { startOwnChromium, type OwnChromium } from './support/own-chromium';
import { processesOf } from '../support/processes';
import { plannedChoice, respondentItems } from './support/questionnaire';
import { createSeededRandom } from '../../src/domain/random';

const answered = 6;
/** The tables the second copy holds; `settings` (when the last backup was made, and the like) is not among them. */
const copiedStores = ['collectives', 'invitations', 'responses', 'scans'];

describe.each(damages)('a database whose files were %s on disk', (damage) => {
  const profileDir = mkdtempSync(join(tmpdir(), `ck-e2e-lost-${damage}-`));
  const recorders: ReturnType<typeof recordRequests>[] = [];
  let running: OwnChromium | undefined;
  const consoleLines: string[] = [];

  async function launch(url: string): Promise<Page> {
    running = await startOwnChromium(profileDir, url);
    recorders.push(recordRequests(running.context));
    const page = running.context.pages()[0] ?? (await running.context.waitForEvent('page'));
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => consoleLines.push(message.text()));
    page.on('pageerror', (error) => consoleLines.push(`pageerror ${error.message}`));
    return page;
  }

  async function kill(): Promise<void> {
    const current = running;
    running = undefined;
    await current?.kill();
    await expect.poll(() => processesOf(profileDir), { timeout: 5000, interval: 50 }).toEqual([]);
  }

  afterAll(async () => {
    await running?.kill();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('is noticed at the next start, restored from the second copy, with every saved answer back', async () => {
    let page = await launch('about:blank');
    const respondent = await setUpRespondent(page, {
      collective: `Buurtbedrijf ${damage}`,
      scan: 'Zelfscan na verlies',
      respondent: 'Fatima',
    });
    const expected: Record<string, unknown> = {};
    for (const [n, item] of respondentItems.slice(0, answered).entries()) {
      await page.goto(`${baseUrl()}${respondent.basePath}/${item.pageId}/${item.id}`);
      await choice(page, item, plannedChoice(item, n)).check();
      await savedStatus(page).waitFor();
      expected[item.id] = valueOf(item, plannedChoice(item, n));
    }
    expect(await storedAnswers(page, respondent.responseId)).toEqual(expected);
    const before = await exportDatabase(page);
    await kill();

    const done = damageIndexedDb({ profileDir, damage, random: createSeededRandom(20) });
    console.log(`lost-database: ${done}`);
    page = await launch(`${baseUrl()}${respondent.basePath}/review`);
    await heading(page, 'De gegevens in deze browser zijn kwijtgeraakt')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await screenshot(page, `lost-${damage}-not-noticed`).catch(() => undefined);
        const shown = await page.evaluate(() => document.body.innerText).catch(() => '?');
        throw new Error(`after ${done}, the app showed: ${shown}`, { cause: error });
      });
    const holds = page.getByRole('list', { name: /tweede kopie/ });
    await expect.poll(() => holds.innerText()).toContain('1 collectief');
    expect(await holds.innerText()).toContain('1 deelnemer met zijn of haar antwoorden');
    await page.getByRole('button', { name: 'Herstellen uit de tweede kopie' }).click();
    await page
      .getByText(/^Hersteld: 1 collectief, 1 scan en 1 deelnemer met zijn of haar antwoorden/)
      .waitFor();
    await page.getByRole('button', { name: 'Verder naar de app' }).click();
    await heading(page, 'Vragenlijst van Fatima').waitFor();

    // the whole database, row by row: every row of the copied tables is back exactly as it was
    const after = await exportDatabase(page);
    for (const store of copiedStores) {
      expect(rowsOf(after, store), `${store} after ${done}`).toEqual(rowsOf(before, store));
    }
    expect(await storedAnswers(page, respondent.responseId)).toEqual(expected);

    // and the next start finds everything fine
    await kill();
    page = await launch(`${baseUrl()}${respondent.basePath}/review`);
    await heading(page, 'Vragenlijst van Fatima')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() => document.body.innerText).catch(() => '?');
        const held = await exportDatabase(page).catch((e: unknown) => String(e));
        throw new Error(
          `the start after the restore showed: ${shown}\ndatabase: ${held}\nbefore: ${before}\nconsole: ${consoleLines.join('\n')}`,
          { cause: error },
        );
      });
    await kill();
  }, 120_000);

  it('made no request outside 127.0.0.1', () => {
    expect(recorders.flatMap((r) => r.outside())).toEqual([]);
  });
});
