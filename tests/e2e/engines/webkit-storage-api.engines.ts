import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../browser';
import {
  cspViolations,
  outsideRequests,
  pageRequests,
  storageOffers,
  textOf,
  waitFor,
  type Engine,
  type EngineProfile,
} from './engine';
import { safariStorageFeatures, startWebKit } from './webkit';

// With Safari's storage features on, WebKitGTK has navigator.storage: persist() answers false, and
// getDirectory() exists but fails under automation. The app must then say what it can and cannot do.
describe("WebKitGTK with Safari's storage features", () => {
  let engine: Engine;
  let page: EngineProfile;

  beforeAll(async () => {
    engine = await startWebKit([safariStorageFeatures]);
    page = await engine.newProfile();
  });

  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await engine?.stop();
  });

  it('Instellingen says the browser does not promise to keep the data, and keeps one copy', async () => {
    await page.open(`${baseUrl()}#/settings`);
    await waitFor(page, { role: 'heading', name: 'Opslag', level: 2 });
    expect(await storageOffers(page)).toEqual({ storage: true, opfs: true });
    const getDirectory = await page.run(
      () =>
        navigator.storage.getDirectory().then(
          () => 'opened',
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        ),
      null,
    );
    // what this engine does under automation; should it ever open, the app must show two copies
    expect(getDirectory).toBe('UnknownError');
    const storage = await textOf(page, { role: 'region', name: 'Opslag' });
    expect(storage).toContain('Uit: de browser heeft niet beloofd de gegevens te bewaren.');
    expect(storage).toMatch(/in gebruik, ongeveer .+ beschikbaar/);
    const copies = await textOf(page, { role: 'region', name: 'Twee kopieën op dit apparaat' });
    expect(copies).toContain('hij bewaart één kopie');
    expect(outsideRequests(await pageRequests(page))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
