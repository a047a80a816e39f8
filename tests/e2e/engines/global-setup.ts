import { readFileSync } from 'node:fs';
import { preview, type Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../support/processes';
import { isDistStale } from '../global-setup';

export const enginesPort = Number(process.env.ENGINES_PORT ?? process.env.E2E_PORT ?? 4398);
const hooksPath = '/__ck-engine-hooks.js';
const hooksFile = new URL('./page-hooks.js', import.meta.url);

/**
 * Serves the page hooks and puts them first in every index.html the server sends (the service
 * worker's precache fetches it from here too), right after the Content-Security-Policy, which
 * allows them: they come from the app's own origin.
 */
const pageHooks: Plugin = {
  name: 'engine-page-hooks',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = (request.url ?? '/').split('?')[0];
      if (path === hooksPath) {
        response.setHeader('content-type', 'text/javascript');
        response.end(readFileSync(hooksFile));
        return;
      }
      if (path !== '/' && path !== '/index.html') return next();
      const html = readFileSync('dist/index.html', 'utf8');
      const withHooks = html.replace(
        /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
        `$1<script src="${hooksPath}"></script>`,
      );
      if (withHooks === html) throw new Error('dist/index.html has no Content-Security-Policy');
      response.setHeader('content-type', 'text/html');
      response.end(withHooks);
    });
  },
};

/** Builds dist when a source is newer, then serves it with the page hooks on the suite's port. */
export default async function setup(project: TestProject) {
  if (isDistStale()) buildApp();
  const server = await preview({
    plugins: [pageHooks],
    preview: { port: enginesPort, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const baseUrl = `http://127.0.0.1:${enginesPort}/`;
  const html = await (await fetch(baseUrl)).text();
  if (!html.includes('<title>CollectieveKracht zelfscan</title>') || !html.includes(hooksPath)) {
    throw new Error(
      `The page on ${baseUrl} is not the self-scan with hooks; another process owns the port.`,
    );
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
