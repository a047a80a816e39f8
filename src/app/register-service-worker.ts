type Listener = () => void;
const listeners = new Set<Listener>();
let registration: ServiceWorkerRegistration | undefined;
let isWaiting = false;
let isApplying = false;
/** another tab let the waiting version take over: this page still runs its own version's code */
let isTakenOverElsewhere = false;

function setWaiting(value: boolean) {
  isWaiting = value;
  listeners.forEach((listener) => listener());
}

// The browser's own service worker API, not workbox-window: the three calls below are all this app
// needs, and a member's phone then loads 2.6 kB less.
async function register(): Promise<void> {
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
  registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  watchForWaiting(registration);
  const check = () => void registration?.update().catch(() => undefined);
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
  if (!registration || !isWaiting || isApplying) return;
  isApplying = true;
  // the new version already controls this page (another tab applied it): only the reload is left
  if (isTakenOverElsewhere) window.location.reload();
  // the generated sw.js calls skipWaiting() on this message (vite-plugin-pwa, registerType 'prompt')
  else registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return isWaiting;
}
