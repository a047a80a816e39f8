import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../support/processes';
import { artifactsDir, baseUrl } from '../browser';
import {
  plannedChoice,
  respondentItems,
  respondentPages,
  type E2eItem,
} from '../support/questionnaire';
import {
  attributeOf,
  chooseFile,
  click,
  countOf,
  cspViolations,
  downloadBy,
  fill,
  isChecked,
  outsideRequests,
  pageRequests,
  storageOffers,
  textOf,
  waitFor,
  waitForText,
  waitUntil,
  type Engine,
  type EngineProfile,
  valueOf,
  type Query,
} from './engine';

const outDir = join(artifactsDir, 'engines');
const heading = (name: string, level = 1): Query => ({ role: 'heading', name, level });
const button = (name: string): Query => ({ role: 'button', name });
const link = (name: string): Query => ({ role: 'link', name });
const choiceOf = (item: E2eItem, index: number): Query => ({
  role: 'radio',
  name: item.choices[index],
  within: { role: 'group', name: item.text },
});
const saved: Query = { role: 'status', name: 'Opgeslagen' };

/** The hash part of the page's URL. */
function hashOf(profile: EngineProfile): Promise<string> {
  return profile.run(() => location.hash, null);
}

/** Looks at a page at a phone's width (or the narrowest the engine allows) and keeps a screenshot. */
async function narrowScreenshot(profile: EngineProfile, engine: Engine, name: string) {
  const width = await profile.setWidth(390);
  console.log(`${engine.name}: ${name} at ${width} px`);
  expect(width).toBeLessThanOrEqual(engine.name === 'webkit' ? 460 : 390);
  // charts follow the width: every one inside the page, and a radar drawn again for its new width
  // (its viewBox is as wide as it is shown), before the picture is taken
  await waitUntil(profile, `the charts to fit ${width} px`, () =>
    profile.run(
      () =>
        [...document.querySelectorAll('figure svg')].every((chart) => {
          const box = chart.getBoundingClientRect();
          const drawn = chart instanceof SVGSVGElement ? chart.viewBox.baseVal : null;
          const isRedrawn =
            !chart.classList.contains('radar-svg') ||
            Math.abs((drawn?.width ?? 0) - box.width) <= 1;
          return box.right <= window.innerWidth && isRedrawn;
        }),
      null,
    ),
  );
  await profile.screenshot(join(outDir, `${engine.name}-${name}.png`));
  // nothing sticks out sideways at that width
  const overflow = await profile.run(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    null,
  );
  expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  await profile.setWidth(1280);
}

/** The core flows of the app, the same in every engine. */
export function describeSmoke(start: () => Promise<Engine>) {
  let engine: Engine;
  let a: EngineProfile;
  let b: EngineProfile | undefined;
  const names = {
    collective: 'Buurtcoöperatie Drie Motoren',
    scan: 'Zelfscan in elke browser',
    respondent: 'Noor',
  };
  let scanId = '';
  let fillInPath = '';

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    engine = await start();
    a = await engine.newProfile();
  });

  afterAll(async () => {
    await b?.close().catch(() => undefined);
    await a?.close().catch(() => undefined);
    await engine?.stop();
  });

  it('shows the example result with its chart, and the PDF carries the result file', async () => {
    await a.open(`${baseUrl()}#/`);
    await click(a, link('Bekijk een voorbeeld'));
    await waitFor(a, heading('Voorbeeld: Energiecoöperatie De Zonnewijk'));
    await click(a, link('Zelfscan voorjaar 2026'));
    await click(a, link('Bekijk de uitkomst'));
    await waitFor(a, heading('Uitkomst: Zelfscan voorjaar 2026'));
    expect(await countOf(a, { role: 'article' })).toBe(5);
    // the radar's score polygon, drawn inside its figure
    await waitUntil(a, 'the radar chart', () =>
      a.run(
        () => document.querySelectorAll('figure.radar svg .radar__score polygon').length > 0,
        null,
      ),
    );
    await narrowScreenshot(a, engine, 'results');

    const pdf = await downloadBy(a, button('Download PDF-rapport'));
    expect(pdf.fileName).toMatch(/^zelfscan-voorbeeld-energiecooperatie-de-zonnewijk-.*\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfPath = join(outDir, `${engine.name}-report.pdf`);
    writeFileSync(pdfPath, pdf.bytes);
    expect(runCommand('pdfdetach', ['-list', pdfPath]).stdout).toContain('selfscan-result.json');
    await waitFor(a, { role: 'status', name: 'Het rapport is opgeslagen.', exact: false });
  });

  it('keeps answers through a reload (autosave)', async () => {
    await a.open(`${baseUrl()}#/collectives/new`);
    await waitFor(a, heading('Nieuw collectief'));
    await fill(a, 'Naam van het collectief', names.collective);
    await fill(a, 'Gemeente', 'Utrecht', true);
    await click(a, button('Collectief aanmaken'));
    await waitFor(a, heading(names.collective));
    await click(a, button('Nieuwe scan starten'));
    await fill(a, 'Naam van deze scan', names.scan);
    await click(a, button('Scan starten'));
    await waitFor(a, heading(names.scan));
    scanId = /#\/scans\/([^/?]+)/.exec(await hashOf(a))?.[1] ?? '';
    expect(scanId).not.toBe('');
    await fill(a, 'Naam of bijnaam', names.respondent);
    await click(a, button('Toevoegen en beginnen'));
    await waitFor(a, heading(`Vragenlijst van ${names.respondent}`));
    fillInPath = /^#(\/scans\/[^/]+\/respond\/[^/]+)/.exec(await hashOf(a))?.[1] ?? '';
    expect(fillInPath).not.toBe('');

    // answers on three pages, each saved before the next
    const answered = [respondentPages[0]!, respondentPages[1]!, respondentPages[2]!].map(
      (fillInPage) => fillInPage.items[0]!,
    );
    for (const item of answered) {
      await a.open(`${baseUrl()}#${fillInPath}/${item.pageId}/${item.id}`);
      await click(a, choiceOf(item, plannedChoice(item, respondentItems.indexOf(item))));
      await waitFor(a, saved);
    }
    await narrowScreenshot(a, engine, 'fill-in');
    await a.reload();
    await waitFor(a, heading(`Vragenlijst van ${names.respondent}`));
    await waitForText(a, `${answered.length} van ${respondentItems.length} vragen beantwoord`);
    for (const item of answered) {
      await a.open(`${baseUrl()}#${fillInPath}/${item.pageId}/${item.id}`);
      const chosen = choiceOf(item, plannedChoice(item, respondentItems.indexOf(item)));
      await waitFor(a, chosen);
      expect(await isChecked(a, chosen), item.id).toBe(true);
    }
  });

  it('answers an invitation link in a second profile and reads its answer code back', async () => {
    await a.open(`${baseUrl()}#/scans/${scanId}`);
    await waitFor(a, heading(names.scan));
    await waitFor(a, { role: 'field', name: 'Uitnodigingslink' });
    const invitation = await valueOf(a, 'Uitnodigingslink');
    expect(invitation).toMatch(new RegExp(`^${baseUrl()}#/respond\\?i=`));

    b = await engine.newProfile();
    await b.open(String(invitation));
    await waitFor(b, heading(names.scan));
    await click(b, button('Beginnen'));
    for (const fillInPage of respondentPages) {
      await b.open(`${baseUrl()}#/respond/${scanId}/${fillInPage.id}`);
      for (const item of fillInPage.items) {
        await click(b, choiceOf(item, plannedChoice(item, respondentItems.indexOf(item))));
      }
      await waitFor(b, saved);
    }
    await b.open(`${baseUrl()}#/respond/${scanId}/review`);
    const qr: Query = { role: 'img', name: 'QR-code: jouw antwoorden' };
    await waitFor(b, qr);
    const code = await attributeOf(b, qr, 'data-qr-text');
    expect(code).toMatch(/^CKR2:/);

    await a.open(`${baseUrl()}#/scans/${scanId}`);
    await click(a, link('Antwoordcodes scannen'));
    await waitFor(a, heading('Antwoordcodes scannen'));
    await fill(a, 'Code typen of plakken', String(code));
    await click(a, button('Code inlezen'));
    await waitForText(a, 'Ontvangen: Deelnemer');
  });

  it('Instellingen says what this browser offers', async () => {
    await a.open(`${baseUrl()}#/settings`);
    await waitFor(a, heading('Opslag', 2));
    const offers = await storageOffers(a);
    expect(offers).toEqual({ storage: engine.hasStorageManager, opfs: engine.hasOpfs });
    const storage = await textOf(a, { role: 'region', name: 'Opslag' });
    const copies = await textOf(a, { role: 'region', name: 'Twee kopieën op dit apparaat' });
    if (engine.hasStorageManager) {
      expect(storage).toMatch(/Blijvende opslag\s+(Aan|Uit|Onbekend): /);
      expect(storage).toMatch(/in gebruik, ongeveer .+ beschikbaar/);
    } else {
      expect(storage).toContain('Niet aangeboden: deze browser kent geen blijvende opslag');
      expect(storage).toContain('De browser zegt niet hoeveel ruimte er is.');
    }
    if (engine.hasOpfs) {
      expect(copies).toMatch(/Tweede kopie\s+\d+ \/ \d+ \/ \d+ \(collectieven/);
    } else {
      expect(copies).toContain('hij bewaart één kopie');
    }
  });

  it('makes a backup, wipes the device and restores the backup', async () => {
    await a.open(`${baseUrl()}#/settings`);
    await waitFor(a, heading('Opslag', 2));
    const backup = await downloadBy(a, button('Back-up maken'));
    const parsed = JSON.parse(backup.bytes.toString('utf8')) as { format?: string };
    expect(parsed.format).toBe('ck-backup');
    await waitForText(a, 'Back-up opgeslagen');

    await click(a, button('Alles op dit apparaat wissen'));
    await click(a, button('Ja, alles wissen'));
    await waitForText(a, 'Alles op dit apparaat is gewist.');
    await chooseFile(a, 'Back-up terugzetten', {
      fileName: backup.fileName,
      type: 'application/json',
      bytes: backup.bytes,
    });
    await waitFor(a, { role: 'table', name: 'Back-up tegenover dit apparaat', exact: false });
    await click(a, button('Samenvoegen'));
    await waitForText(a, 'Samengevoegd:');
    await a.open(`${baseUrl()}#${fillInPath}/review`);
    await waitFor(a, heading(`Vragenlijst van ${names.respondent}`));
  });

  it('recovers a lost database from the second copy, or says it keeps one copy', async () => {
    const offers = await storageOffers(a);
    expect(offers.opfs).toBe(engine.hasOpfs);
    if (engine.hasOpfs) {
      await a.run(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('collectievekracht-selfscan');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
        null,
      );
      await a.reload();
      await waitFor(a, heading('De gegevens in deze browser zijn kwijtgeraakt'), 30_000);
      await click(a, button('Herstellen uit de tweede kopie'));
      await waitForText(a, 'Hersteld: ');
      await click(a, button('Verder naar de app'));
      await waitFor(a, heading(`Vragenlijst van ${names.respondent}`));
    } else {
      await a.open(`${baseUrl()}#/settings`);
      await waitForText(a, 'hij bewaart één kopie');
      await a.open(`${baseUrl()}#/scans/${scanId}`);
      await click(a, button('Scan afsluiten'));
      await waitFor(a, link('Back-up maken onder Instellingen'));
    }
  });

  it('made no request outside 127.0.0.1 and met no Content-Security-Policy violation', async () => {
    for (const profile of [a, b]) {
      if (!profile) continue;
      const urls = [...(await pageRequests(profile)), ...profile.engineRequests()];
      expect(urls.length).toBeGreaterThan(0);
      expect(outsideRequests(urls)).toEqual([]);
      expect(await cspViolations(profile)).toEqual([]);
    }
  });

  it('would have seen a violation: an image from elsewhere is blocked and recorded', async () => {
    await a.run(() => {
      const image = document.createElement('img');
      image.src = 'https://example.invalid/pixel.png';
      document.body.append(image);
    }, null);
    await waitUntil(a, 'the recorded violation', async () => (await cspViolations(a)).length > 0);
    expect((await cspViolations(a))[0]).toMatch(/^img-src/);
  });
}

/** Runs the smoke scenarios in one engine. */
export function describeSmokeIn(name: string, start: () => Promise<Engine>) {
  describe(`core flows in ${name}`, () => describeSmoke(start));
}
