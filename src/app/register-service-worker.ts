import type { Workbox } from 'workbox-window';

type Listener = () => void;
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;
let isWaiting = false;
let isApplying = false;

function setWaiting(value: boolean) {
  isWaiting = value;
  listeners.forEach((listener) => listener());
}

async function register(): Promise<void> {
  // workbox-window loads after the page has loaded: the first screen does not need it
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('waiting', () => setWaiting(true));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // only the version we agreed to may reload the page; the first install just takes control
    if (isApplying) window.location.reload();
  });
  await workbox.register();
  const check = () => void workbox?.update().catch(() => undefined);
  setInterval(check, 60 * 60 * 1000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/**
 * Registers the service worker of the production build so the app opens without a network. A new
 * version installs in the background and then waits: it takes over only through `applyUpdate`, so
 * a page that is open keeps its own version, and the old worker keeps serving that version's files.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** Lets the waiting version take over; the page reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox || !isWaiting || isApplying) return;
  isApplying = true;
  workbox.messageSkipWaiting();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return isWaiting;
}
