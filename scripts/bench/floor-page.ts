import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const root = resolve('scripts/bench/floor-page');
const outDir = resolve('artifacts/bench/floor-page');

/** The floor page (floor-page/main.tsx), built once for the bench; its root and output folder. */
export async function buildFloorPage(): Promise<{ root: string; outDir: string }> {
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return { root, outDir };
}

/** The floor page served over HTTP/1.1, as `vite preview` serves the app. */
export async function previewFloorPage(
  site: { root: string; outDir: string },
  port: number,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = await preview({
    root: site.root,
    configFile: false,
    logLevel: 'error',
    build: { outDir: site.outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}
