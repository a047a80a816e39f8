import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { registerServiceWorker } from './app/register-service-worker';
import { sharedTextRoute } from './app/shared-text';
import './ui/styles.css';

initI18n();
// text shared to the installed app arrives as a query; the app routes in the fragment
const shared = sharedTextRoute(window.location.search);
if (window.location.search !== '') {
  const route = shared ?? window.location.hash.slice(1);
  window.history.replaceState(null, '', `${window.location.pathname}#${route || '/'}`);
}
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
