// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedFilesCache } from '../ui/shared-files';
import { answerShare, shareTargetPattern } from './share-target';

const action = new URL('http://127.0.0.1:4173/app/share-target');

/** Cache Storage as plain maps: what the handler stored, by cache name and address. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  return {
    stores,
    delete: (name: string) => Promise.resolve(stores.delete(name)),
    open: (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return Promise.resolve({
        put: (key: string, response: Response) => {
          store.set(key, response);
          return Promise.resolve();
        },
      });
    },
  };
}

function share(form: FormData): Request {
  return new Request(action, { method: 'POST', body: form });
}

describe('the service worker answers a share', () => {
  let caches: ReturnType<typeof fakeCaches>;
  beforeEach(() => {
    caches = fakeCaches();
    vi.stubGlobal('caches', caches);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('matches the share action only', () => {
    expect(shareTargetPattern.test(action.href)).toBe(true);
    expect(shareTargetPattern.test('http://127.0.0.1:4173/app/')).toBe(false);
  });

  it('keeps shared files on the device and sends the app to the pick-up route (303)', async () => {
    caches.stores.set(sharedFilesCache, new Map([['old', new Response('earlier share')]]));
    const form = new FormData();
    form.append(
      'files',
      new File(['{"format":"ck-response"}'], 'antwoorden Ans.json', { type: 'application/json' }),
    );
    form.append('files', new File(['second'], 'b.json'));
    form.append('text', 'ignored when files come along');
    const response = await answerShare({ request: share(form), url: action });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://127.0.0.1:4173/app/#/shared-file');
    const stored = [...caches.stores.get(sharedFilesCache)!.entries()];
    expect(stored.map(([key]) => key)).toEqual([
      'http://127.0.0.1:4173/app/shared-files/0',
      'http://127.0.0.1:4173/app/shared-files/1',
    ]);
    const [first, second] = stored.map(([, value]) => value);
    expect(decodeURIComponent(first!.headers.get('x-file-name')!)).toBe('antwoorden Ans.json');
    expect(first!.headers.get('content-type')).toBe('application/json');
    expect(first!.headers.get('x-file-size')).toBe('24');
    expect(await first!.text()).toBe('{"format":"ck-response"}');
    expect(second!.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('keeps at most 20 files of one share', async () => {
    const form = new FormData();
    for (let i = 0; i < 25; i += 1) form.append('files', new File([`${i}`], `${i}.json`));
    await answerShare({ request: share(form), url: action });
    expect(caches.stores.get(sharedFilesCache)!.size).toBe(20);
  });

  it('sends shared text or a link to the GET route, storing nothing', async () => {
    const form = new FormData();
    form.append('title', '');
    form.append('text', 'Mijn antwoordcode: CKR1:ABC');
    form.append('url', 'http://127.0.0.1:4173/app/#/respond?i=1.x');
    const response = await answerShare({ request: share(form), url: action });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.pathname).toBe('/app/');
    expect(location.searchParams.get('text')).toBe('Mijn antwoordcode: CKR1:ABC');
    expect(location.searchParams.get('url')).toBe('http://127.0.0.1:4173/app/#/respond?i=1.x');
    expect(location.searchParams.has('title')).toBe(false);
    expect(caches.stores.size).toBe(0);
  });

  it('an empty share opens the app; a body that is no form clears old files', async () => {
    const empty = await answerShare({ request: share(new FormData()), url: action });
    expect(empty.headers.get('location')).toBe('http://127.0.0.1:4173/app/');
    caches.stores.set(sharedFilesCache, new Map([['old', new Response('x')]]));
    const broken = new Request(action, {
      method: 'POST',
      body: 'not a form',
      headers: { 'content-type': 'multipart/form-data; boundary=none' },
    });
    const response = await answerShare({ request: broken, url: action });
    expect(response.headers.get('location')).toBe('http://127.0.0.1:4173/app/#/shared-file');
    expect(caches.stores.has(sharedFilesCache)).toBe(false);
  });
});
