/**
 * What the smoke suite needs from a browser engine, and the page actions built on it. Each engine
 * (Chromium through playwright-core, Firefox through puppeteer-core over WebDriver BiDi, WebKitGTK
 * through plain WebDriver) implements only `EngineProfile`; everything else runs inside the page
 * through the helpers that `page-hooks.js` puts there, so the three share one way of acting.
 */

/** An element by its role and accessible name, as the page hooks look it up. */
export type Query = {
  role: string;
  name?: string;
  /** false: the name contains this text */
  exact?: boolean;
  level?: number;
  /** look only inside the first element this query finds */
  within?: Query;
};

/** One browser profile (its own storage) with one page. */
export type EngineProfile = {
  /** Loads a URL and waits for the document (a change of hash only moves within the app). */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page; fn must not reach outside its own body. */
  run<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Sets the page's width in CSS pixels; answers the width the page then has. */
  setWidth(width: number): Promise<number>;
  screenshot(path: string): Promise<void>;
  /** Requests the engine itself reported (all of the profile's pages); [] where it reports none. */
  engineRequests(): string[];
  close(): Promise<void>;
};

export type Engine = {
  name: 'chromium' | 'firefox' | 'webkit';
  /** whether this engine, as driven here, has `navigator.storage` (checked in the page) */
  hasStorageManager: boolean;
  /** whether it offers the Origin Private File System (checked in the page) */
  hasOpfs: boolean;
  newProfile(): Promise<EngineProfile>;
  stop(): Promise<void>;
};

/** The page hooks, as the page sees them. */
type Hooks = {
  count(query: Query): number;
  click(query: Query): boolean;
  fill(query: Query & { value: string }): boolean;
  valueOf(query: Query): string;
  attribute(query: Query & { attribute: string }): string | null;
  text(query?: Query): string;
  chooseFile(query: Query & { fileName: string; type: string; base64: string }): boolean;
  downloads(): { fileName: string; size: number }[];
  download(index: number): Promise<{ fileName: string; base64: string }>;
  requests(): string[];
  isChecked(query: Query): boolean;
  violations(): string[];
  offers(): { storage: boolean; opfs: boolean };
};

declare global {
  interface Window {
    __ckEngine?: Hooks;
  }
}

const pollMs = 150;

/** Waits until the page has its hooks (after a load) and `check` answers something truthy. */
export async function waitUntil<T>(
  profile: EngineProfile,
  what: string,
  check: () => Promise<T>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      const shown = await textOf(profile).catch(() => '?');
      throw new Error(`waited ${timeoutMs} ms for ${what}; the page shows:\n${shown}`, {
        cause: last,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** How many shown elements match (0 while the page loads). */
export function countOf(profile: EngineProfile, query: Query): Promise<number> {
  return profile.run((q) => window.__ckEngine?.count(q) ?? 0, query);
}

/** Waits until an element with this role and name is shown. */
export async function waitFor(profile: EngineProfile, query: Query, timeoutMs?: number) {
  await waitUntil(
    profile,
    `${query.role} ${JSON.stringify(query.name)}`,
    () => countOf(profile, query),
    timeoutMs,
  );
}

/** Waits for the element, then clicks it. */
export async function click(profile: EngineProfile, query: Query): Promise<void> {
  await waitFor(profile, query);
  await profile.run((q) => (window.__ckEngine as Hooks).click(q), query);
}

/** Waits for the labelled field (its label contains `label`, or is it when exact), then types into it. */
export async function fill(
  profile: EngineProfile,
  label: string,
  value: string,
  exact = false,
): Promise<void> {
  const query: Query = { role: 'field', name: label, exact };
  await waitFor(profile, query);
  await profile.run((q) => (window.__ckEngine as Hooks).fill(q), { ...query, value });
}

/** Waits until the page's text contains `text`. */
export async function waitForText(profile: EngineProfile, text: string, timeoutMs?: number) {
  await waitUntil(
    profile,
    `the text ${JSON.stringify(text)}`,
    async () => (await textOf(profile)).includes(text),
    timeoutMs,
  );
}

/** The visible text of the page, or of one element. */
export function textOf(profile: EngineProfile, query?: Query): Promise<string> {
  return profile.run((q) => (window.__ckEngine as Hooks).text(q), query);
}

export function valueOf(profile: EngineProfile, label: string): Promise<string> {
  return profile.run((q) => (window.__ckEngine as Hooks).valueOf(q), {
    role: 'field',
    name: label,
    exact: false,
  });
}

export function attributeOf(profile: EngineProfile, query: Query, attribute: string) {
  return profile.run((q) => (window.__ckEngine as Hooks).attribute(q), { ...query, attribute });
}

/** Chooses a file in the labelled file input. */
export async function chooseFile(
  profile: EngineProfile,
  label: string,
  file: { fileName: string; type: string; bytes: Buffer },
): Promise<void> {
  const query: Query = { role: 'field', name: label, exact: false };
  await waitFor(profile, query);
  await profile.run((q) => (window.__ckEngine as Hooks).chooseFile(q), {
    ...query,
    fileName: file.fileName,
    type: file.type,
    base64: file.bytes.toString('base64'),
  });
}

/** Clicks, then waits for the download that click starts; answers its name and bytes. */
export async function downloadBy(
  profile: EngineProfile,
  query: Query,
  timeoutMs = 60_000,
): Promise<{ fileName: string; bytes: Buffer }> {
  const before = (await profile.run(() => (window.__ckEngine as Hooks).downloads(), null)).length;
  await click(profile, query);
  await waitUntil(
    profile,
    `a download after ${query.name}`,
    async () =>
      (await profile.run(() => (window.__ckEngine as Hooks).downloads(), null)).length > before,
    timeoutMs,
  );
  const found = await profile.run((index) => (window.__ckEngine as Hooks).download(index), before);
  return { fileName: found.fileName, bytes: Buffer.from(found.base64, 'base64') };
}

export function isChecked(profile: EngineProfile, query: Query): Promise<boolean> {
  return profile.run((q) => (window.__ckEngine as Hooks).isChecked(q), query);
}

/** Every URL the tab's pages fetched, by their own resource timing. */
export function pageRequests(profile: EngineProfile): Promise<string[]> {
  return profile.run(() => (window.__ckEngine as Hooks).requests(), null);
}

/** The CSP violations this tab has seen, across its reloads. */
export function cspViolations(profile: EngineProfile): Promise<string[]> {
  return profile.run(() => (window.__ckEngine as Hooks).violations(), null);
}

/** What the page finds of the storage APIs. */
export function storageOffers(profile: EngineProfile) {
  return profile.run(() => (window.__ckEngine as Hooks).offers(), null);
}

/** The URLs that are not this machine's. */
export function outsideRequests(urls: string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
    try {
      return new URL(url).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}
