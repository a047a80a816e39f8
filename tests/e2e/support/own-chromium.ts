import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browser';

/** A Chromium this test started itself, so it can kill it without a graceful close. */
export type OwnChromium = {
  pid: number;
  browser: Browser;
  context: BrowserContext;
  /** SIGKILL to the browser and every process it started (its own process group). */
  kill: () => Promise<void>;
};

function waitForEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium printed no DevTools address:\n${seen}`)),
      20_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited early (${code ?? signal}):\n${seen}`));
    });
  });
}

/**
 * Starts /usr/bin/chromium on a profile folder with a DevTools port and connects to it. The process
 * leads its own process group, so `kill` takes the renderers and the storage service down with it,
 * the way a power cut or a killed app would. The first tab opens `url`.
 */
export async function startOwnChromium(profileDir: string, url: string): Promise<OwnChromium> {
  const child = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      '--no-default-browser-check',
      '--hide-crash-restore-bubble',
      url,
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Chromium did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await waitForEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  return {
    pid,
    browser,
    context,
    kill: async () => {
      process.kill(-pid, 'SIGKILL');
      await exited;
      child.stderr?.destroy();
    },
  };
}
