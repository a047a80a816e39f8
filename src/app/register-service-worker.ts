import { Workbox } from 'workbox-window';

/** Registers the service worker of the production build so the app opens without a network. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('./sw.js', { scope: './' });
  void workbox.register();
}
