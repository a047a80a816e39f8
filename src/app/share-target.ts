/** Where the installed app receives shares (the manifest's `share_target.action`, POST). */
export const shareTargetAction = './share-target';
/** The service worker route of that action. */
export const shareTargetPattern = /\/share-target$/;

/**
 * The service worker's answer to a share (Web Share Target, POST multipart/form-data): the shared
 * files stay on the device in Cache Storage, and the app opens at `#/shared-file` (303, so the
 * reload is a GET); text or a link without files goes to the GET route `?title=&text=&url=`.
 * vite.config.ts hands this function's source to workbox, so it uses nothing from outside itself.
 */
export async function answerShare({ request, url }: { request: Request; url: URL }) {
  // the cache src/ui/shared-files.ts reads
  const cacheName = 'ck-shared-files';
  // more files than anyone shares at once are left out, so a share cannot fill the device
  const maxFiles = 20;
  const at = (path: string) => new URL(path, url).href;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    await caches.delete(cacheName);
    return Response.redirect(at('./#/shared-file'), 303);
  }
  const files = form
    .getAll('files')
    .filter((entry): entry is File => typeof entry !== 'string')
    .slice(0, maxFiles);
  if (files.length > 0) {
    // a new share replaces what an earlier one left behind
    await caches.delete(cacheName);
    const cache = await caches.open(cacheName);
    for (const [index, file] of files.entries()) {
      const headers = {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        // the app checks the size before it reads a byte (src/ui/shared-files.ts)
        'x-file-size': String(file.size),
      };
      await cache.put(at(`./shared-files/${index}`), new Response(file, { headers }));
    }
    return Response.redirect(at('./#/shared-file'), 303);
  }
  const query = new URLSearchParams();
  for (const key of ['title', 'text', 'url']) {
    const value = form.get(key);
    if (typeof value === 'string' && value !== '') query.set(key, value);
  }
  const search = query.toString();
  return Response.redirect(at(search === '' ? './' : `./?${search}`), 303);
}
