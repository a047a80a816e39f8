import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n';
import { registerServiceWorker } from './register-service-worker';
import { checkDeviceAtStart } from './start-check';

/**
 * Renders the app into #root: React, i18next and the shell, which the entry (main.tsx) loads beside
 * the page's own code rather than before it. `opensEarly`: whether this start shows its page before
 * the database check (early-open.ts).
 */
export function startApp(opensEarly: Promise<boolean>): void {
  initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App startCheck={checkDeviceAtStart} opensEarly={opensEarly} />
    </StrictMode>,
  );
  registerServiceWorker();
}
