import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

/**
 * The production build (or another built site: `root` and `outDir`) served over HTTP/2 (TLS with a throw-away self-signed certificate), as a
 * static host serves it: many requests share one connection instead of queueing for HTTP/1.1's
 * six. Browsers using it must ignore certificate errors.
 */
export async function previewOverHttp2(
  port: number,
  site: { root?: string; outDir?: string } = {},
): Promise<{
  baseUrl: string;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  const server = await preview({
    ...(site.root ? { root: site.root, configFile: false } : {}),
    ...(site.outDir ? { build: { outDir: site.outDir } } : {}),
    preview: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      https: { key: readFileSync(key), cert: readFileSync(cert) },
    },
    logLevel: 'error',
  });
  rmSync(dir, { recursive: true, force: true });
  return {
    baseUrl: `https://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
