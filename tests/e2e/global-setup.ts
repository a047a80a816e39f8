import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../support/processes';

export const e2ePort = Number(process.env.E2E_PORT ?? 4399);

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** Whether a source is newer than the built dist. */
export function isDistStale(): boolean {
  const sources = ['src', 'public', 'questionnaires', 'index.html', 'vite.config.ts'];
  const sourceTime = Math.max(
    ...sources
      .filter(existsSync)
      .map((p) => (statSync(p).isDirectory() ? newestChange(p) : statSync(p).mtimeMs)),
  );
  const distTime = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
  return distTime < sourceTime;
}

/** Builds dist unless it is newer than every source, then serves it on our own port. */
export default async function setup(project: TestProject) {
  if (process.env.CI || isDistStale()) buildApp();
  const server = await preview({
    preview: { port: e2ePort, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const baseUrl = `http://127.0.0.1:${e2ePort}/`;
  const html = await (await fetch(baseUrl)).text();
  if (!html.includes('<title>CollectieveKracht zelfscan</title>')) {
    throw new Error(`The page on ${baseUrl} is not the self-scan; another process owns the port.`);
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
