import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Engine, EngineProfile } from './engine';

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';
/** tall enough that a screenshot of the window holds a whole results page */
const screen = { width: 1280, height: 3000 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts Xvfb on a display it picks itself, answering that display's name. */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      xvfbPath,
      [
        '-displayfd',
        '3',
        '-screen',
        '0',
        `${screen.width}x${screen.height}x24`,
        '-nolisten',
        'tcp',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const fd3 = xvfb.stdio[3] as NodeJS.ReadableStream;
    fd3.once('data', (chunk: Buffer) =>
      resolve({ process: xvfb, display: `:${chunk.toString().trim()}` }),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}): ${stderr}`)));
  });
}

type Answer = { value: unknown };

/** One WebDriver command; fails with the driver's own message. */
async function command(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as Answer;
  if (!response.ok) {
    throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(answer.value).slice(0, 500)}`);
  }
  return answer.value;
}

async function newSession(base: string, browserArgs: string[]): Promise<EngineProfile> {
  const created = (await command(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: ['--automation', ...browserArgs],
        },
      },
    },
  })) as { sessionId: string };
  const session = `/session/${created.sessionId}`;
  const call = (method: string, path: string, body?: unknown) =>
    command(base, method, `${session}${path}`, body);
  await call('POST', '/window/rect', { width: 1280, height: 900 });
  return {
    async open(url) {
      await call('POST', '/url', { url });
    },
    async reload() {
      await call('POST', '/refresh', {});
    },
    async run(fn, arg) {
      const script = `const args = arguments; const done = args[args.length - 1];
        Promise.resolve().then(() => (${fn.toString()})(args[0])).then(
          (value) => done({ value }),
          (error) => done({ error: String((error && error.stack) || error) }),
        );`;
      const answer = (await call('POST', '/execute/async', { script, args: [arg] })) as {
        value?: unknown;
        error?: string;
      };
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.value as never;
    },
    async setWidth(width) {
      await call('POST', '/window/rect', { width, height: screen.height - 100 });
      return (await call('POST', '/execute/sync', {
        script: 'return window.innerWidth',
        args: [],
      })) as number;
    },
    async screenshot(path) {
      const png = (await call('GET', '/screenshot')) as string;
      await writeFile(path, Buffer.from(png, 'base64'));
    },
    engineRequests: () => [],
    async close() {
      await call('DELETE', '');
    },
  };
}

/** A WebKitWebDriver on a free port of this machine, drawing on the given display. */
async function startDriver(display: string): Promise<{ process: ChildProcess; base: string }> {
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    const isReady = await fetch(`${base}/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (isReady) return { process: driver, base };
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer on ${base}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The storage features Safari ships, which WebKitGTK's defaults leave off. */
export const safariStorageFeatures =
  '--features=+StorageAPI,+StorageAPIEstimate,+FileSystem,+FileSystemWritableStream';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (plain WebDriver over HTTP), under an Xvfb
 * display of its own. Its default settings have no `navigator.storage`, so no OPFS; `browserArgs`
 * can switch Safari's storage features on.
 */
export async function startWebKit(browserArgs: string[] = []): Promise<Engine> {
  for (const [path, pkg] of [
    [webkitDriverPath, 'webkit2gtk-driver'],
    [miniBrowserPath, 'webkit2gtk-driver'],
    [xvfbPath, 'xvfb'],
  ] as const) {
    if (!existsSync(path)) {
      throw new Error(`The engines suite needs ${path}: apt-get install -y ${pkg}`);
    }
  }
  const xvfb = await startXvfb();
  const drivers: ChildProcess[] = [];
  return {
    name: 'webkit',
    hasStorageManager: browserArgs.includes(safariStorageFeatures),
    hasOpfs: browserArgs.includes(safariStorageFeatures),
    async newProfile() {
      // one driver per profile: WebKitWebDriver holds a single session at a time
      const driver = await startDriver(xvfb.display);
      drivers.push(driver.process);
      return newSession(driver.base, browserArgs);
    },
    async stop() {
      drivers.forEach((driver) => driver.kill());
      xvfb.process.kill();
    },
  };
}
