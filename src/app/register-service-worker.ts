/**
 * Registers the service worker of the production build so the app opens without a network.
 * workbox-window loads after the page has loaded: it is not needed for the first screen.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = async () => {
    const { Workbox } = await import('workbox-window');
    await new Workbox('./sw.js', { scope: './' }).register();
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
