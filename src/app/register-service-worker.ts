import type { Workbox } from 'workbox-window';

type Listener = () => void;
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;
let isWaiting = false;
let isApplying = false;
/** another tab let the waiting version take over: this page still runs its own version's code */
let isTakenOverElsewhere = false;

function setWaiting(value: boolean) {
  isWaiting = value;
  listeners.forEach((listener) => listener());
}

async function register(): Promise<void> {
  // workbox-window loads after the page has loaded: the first screen does not need it
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('./sw.js', { scope: './' });
  let isControlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // only the version we agreed to may reload the page; the first install just takes control
    if (isApplying) window.location.reload();
    else if (isControlled) {
      // another tab applied the update: this page is never reloaded from elsewhere; it counts as
      // waiting, so it updates when its person agrees or leaves for a page that is not a fill-in page
      isTakenOverElsewhere = true;
      setWaiting(true);
    }
    isControlled = true;
  });
  const registration = await workbox.register();
  if (registration) watchForWaiting(registration);
  const check = () => void workbox?.update().catch(() => undefined);
  setInterval(check, 60 * 60 * 1000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/**
 * Notices a version that installed and waits, whichever tab's update check found it and whether it
 * was already waiting when this page opened: straight from the registration's own events, without
 * workbox's guesses about which tab a worker belongs to.
 */
function watchForWaiting(registration: ServiceWorkerRegistration): void {
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) setWaiting(true);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) setWaiting(true);
    });
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
  // the new version already controls this page (another tab applied it): only the reload is left
  if (isTakenOverElsewhere) window.location.reload();
  else workbox.messageSkipWaiting();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return isWaiting;
}
