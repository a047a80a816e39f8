import './domain/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { registerServiceWorker } from './app/register-service-worker';
import { checkDeviceAtStart } from './app/start-check';
import { isInvitationLink, preloadRoute } from './app/preload-route';
import { opensBeforeCheck } from './app/early-open';
import './ui/styles.css';

initI18n();
// text shared to the installed app arrives as a query; the app routes in the fragment. The reader of
// shared codes loads only then, so the first load stays small.
if (window.location.search !== '') {
  const { sharedTextRoute } = await import('./app/shared-text');
  const route = sharedTextRoute(window.location.search) ?? window.location.hash.slice(1);
  window.history.replaceState(null, '', `${window.location.pathname}#${route || '/'}`);
}
// the database check and the page's code, texts and registry start now, all at once, before the
// first render (on a phone network every wait in a chain is a round trip); an invitation link on a
// device that never held anything shows its welcome first and checks after (early-open.ts)
const opensEarly = opensBeforeCheck(window.location.hash);
if (!isInvitationLink(window.location.hash)) void checkDeviceAtStart();
preloadRoute(window.location.hash, opensEarly);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App startCheck={checkDeviceAtStart} opensEarly={opensEarly} />
  </StrictMode>,
);
registerServiceWorker();
