/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoadKeys, omitKeys, pickKeys } from './src/i18n/first-load';
import { mergeMessages, type MessageTree } from './src/i18n/merge-messages';
import { appTextGroups, textsOfGroup, type AppTextGroup } from './src/i18n/text-groups';
import { subsetReportFont } from './src/report/pdf/font-subset';
import { answerShare, shareTargetAction, shareTargetPattern } from './src/app/share-target';
import { registryFromRawFiles } from './src/domain/questionnaire/registry-from-files';
import { summarise } from './src/domain/questionnaire/summary';
import type { RegistryEntry } from './src/domain/questionnaire/registry';
import { chunkGroups } from './scripts/lib/chunk-groups';

const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

/** The built app may talk to its own origin only: a second guard, next to the e2e request log, that nothing leaves the device. */
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; worker-src 'self' blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'",
      },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * The shell (React, react-dom, i18next, the app's frame: src/app/start-app.tsx and what it imports)
 * is fetched beside the entry, by `<link rel="modulepreload">` in the HTML, not after the entry has
 * run: every page needs it, and the entry stays small so that it can start the page's own code at
 * once (main.tsx). On a phone network the two then share the first round trip after the HTML.
 */
const shellPreload: Plugin = {
  name: 'shell-preload',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const chunks = Object.values(context.bundle ?? {}).filter((c) => c.type === 'chunk');
      const shell = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/start-app.tsx'));
      if (!shell) throw new Error('shell-preload: no chunk for src/app/start-app.tsx');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const files = new Set<string>();
      const css = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = byFile.get(fileName);
        if (!chunk || files.has(fileName)) return;
        files.add(fileName);
        chunk.viteMetadata?.importedCss.forEach((file) => css.add(file));
        chunk.imports.forEach(visit);
      };
      visit(shell.fileName);
      const isNew = (file: string) => !html.includes(`/${file}"`);
      return [
        ...[...files].filter(isNew).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        })),
        ...[...css].filter(isNew).map((file) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        })),
      ];
    },
  },
};

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** How the build cuts the app into files: scripts/lib/chunk-groups.ts says which and why. */
const codeSplittingGroups = chunkGroups({
  entry: src('main.tsx'),
  shell: src('app/start-app.tsx'),
  sections: Object.fromEntries(
    readdirSync(src('app/sections')).map((file) => [
      file.replace(/\.tsx?$/, ''),
      src(`app/sections/${file}`),
    ]),
  ),
  memberSection: 'invitation-link',
  memberNext: 'fill-in',
  registry: src('storage/bundled-questionnaires.ts'),
  keepApart: (id) => id.startsWith(appTextsPrefix),
});

/**
 * `import x from './file.json?<query>'`: a module whose default export `build` makes from the JSON
 * file at build time (and again when the file changes).
 */
function jsonQueryModule({
  name,
  query,
  build,
}: {
  name: string;
  query: string;
  build: (raw: unknown, file: string) => unknown;
}): Plugin {
  const prefix = `\0ck-${name}:`;
  const suffix = `.${name}`;
  return {
    name,
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`.json?${query}`)) return null;
      const resolved = await this.resolve(source.slice(0, -`?${query}`.length), importer);
      // no `.json` at the end of the id, so Vite's own JSON plugin leaves the module alone
      return resolved ? `${prefix}${resolved.id}${suffix}` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length, -suffix.length);
      this.addWatchFile(file);
      const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return `export default ${JSON.stringify(await build(raw, file))};`;
    },
  };
}

/** `import x from './nl.json?first-load'`: only the first screen's top-level keys of a message file. */
const firstLoadTexts = jsonQueryModule({
  name: 'first-load-texts',
  query: 'first-load',
  build: (raw) => pickKeys(raw as Record<string, unknown>, firstLoadKeys),
});

const appTextsPrefix = '\0ck-app-texts:';

/** The files of the app's texts in one language (src/i18n/text-groups.ts says which and why). */
function appTextFiles(language: string): string[] {
  const src = fileURLToPath(new URL('./src', import.meta.url));
  const features = readdirSync(join(src, 'features'))
    .filter((name) => name !== 'funder' && name !== 'research')
    .map((name) => join(src, 'features', name, 'messages', `${language}.json`))
    .filter((file) => existsSync(file));
  const own = [
    join(src, 'i18n', `${language}.json`),
    join(src, 'wording/messages', `${language}.json`),
  ];
  return [...own, ...features];
}

/** `import('virtual:app-texts/member/nl')`: one group of the app's texts in one language, as one file. */
const appTexts: Plugin = {
  name: 'app-texts',
  enforce: 'pre',
  resolveId(source) {
    const match = /^virtual:app-texts\/(\w+)\/(\w+)$/.exec(source);
    if (!match || !(appTextGroups as readonly string[]).includes(match[1] ?? '')) return null;
    return `${appTextsPrefix}${match[1]}:${match[2]}`;
  },
  load(id) {
    if (!id.startsWith(appTextsPrefix)) return null;
    const [group, language] = id.slice(appTextsPrefix.length).split(':') as [AppTextGroup, string];
    const files = appTextFiles(language);
    files.forEach((file) => this.addWatchFile(file));
    const trees = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as MessageTree);
    const [base = {}, ...rest] = trees;
    const all = mergeMessages([omitKeys(base, firstLoadKeys) as MessageTree, ...rest]);
    return `export default ${JSON.stringify(textsOfGroup(all, group))};`;
  },
};

/**
 * `import entry from 'questionnaires/<id>/<version>.json?registry-entry'`: the questionnaire parsed
 * and hashed at build time (a file that does not parse fails the build), so the browser does
 * neither before the first question.
 */
const registryEntries = jsonQueryModule({
  name: 'registry-entries',
  query: 'registry-entry',
  build: (raw, file) => parsedEntry(raw, file),
});

/** One questionnaire file parsed and hashed, as the registry holds it; throws for a file that does not parse. */
async function parsedEntry(raw: unknown, file: string): Promise<RegistryEntry> {
  const [entry] = (await registryFromRawFiles([{ name: file, raw }])).entries;
  if (!entry) throw new Error(`${file}: no questionnaire`);
  return entry;
}

/**
 * `import summary from 'questionnaires/<id>/<version>.json?registry-summary'`: what a member's
 * welcome needs of the questionnaire (its ref, question count and first page), made at build time.
 */
const registrySummaries = jsonQueryModule({
  name: 'registry-summaries',
  query: 'registry-summary',
  build: async (raw, file) => summarise(await parsedEntry(raw, file)),
});

const fontPrefix = '\0ck-report-font:';

/** `import url from 'x.ttf?subset-url'`: the font cut to the report's characters, as an asset. */
let isServing = false;

const reportFonts: Plugin = {
  name: 'report-fonts',
  enforce: 'pre',
  configResolved(config) {
    isServing = config.command === 'serve';
  },
  async resolveId(source, importer) {
    if (!source.endsWith('.ttf?subset-url')) return null;
    const resolved = await this.resolve(source.replace(/\?subset-url$/, ''), importer);
    return resolved ? `${fontPrefix}${resolved.id}.subset` : null;
  },
  async load(id) {
    if (!id.startsWith(fontPrefix)) return null;
    const file = id.slice(fontPrefix.length, -'.subset'.length);
    this.addWatchFile(file);
    const subset = await subsetReportFont(new Uint8Array(readFileSync(file)));
    // the dev server cannot emit assets: it serves the cut font inline
    if (isServing) {
      return `export default ${JSON.stringify(`data:font/ttf;base64,${Buffer.from(subset).toString('base64')}`)};`;
    }
    const name = basename(file).replace(/\.ttf$/, '.subset.ttf');
    const reference = this.emitFile({ type: 'asset', name, source: subset });
    return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
  },
};

/**
 * Test builds only: CK_EXTRA_QUESTIONNAIRES names questionnaire files or folders (separated like
 * PATH) to bundle beside questionnaires/, e.g. a 1.1.0 fixture; the production build has none.
 */
async function extraQuestionnaireEntries() {
  const paths = (process.env.CK_EXTRA_QUESTIONNAIRES ?? '').split(delimiter).filter(Boolean);
  const files = paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.json'))
          .map((name) => join(path, name))
      : [path],
  );
  const raw = files.map((file) => ({ name: file, raw: JSON.parse(readFileSync(file, 'utf8')) }));
  // parsed and hashed here, as the bundled ones are by the `?registry-entry` import
  const { entries } = await registryFromRawFiles(raw);
  return entries.map((entry, index) => ({ name: files[index] ?? '', entry }));
}

const extraQuestionnaires = await extraQuestionnaireEntries();

export default defineConfig({
  base: './',
  // CK_APP_VERSION lets the update test build a second, different version of the app
  define: {
    __APP_VERSION__: JSON.stringify(process.env.CK_APP_VERSION ?? packageJson.version),
    __EXTRA_QUESTIONNAIRES__: JSON.stringify(extraQuestionnaires),
  },
  plugins: [
    react(),
    contentSecurityPolicy,
    shellPreload,
    firstLoadTexts,
    appTexts,
    registryEntries,
    registrySummaries,
    reportFonts,
    VitePWA({
      // a new version waits until the person agrees or leaves the fill-in (src/app/UpdateBanner.tsx)
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'CollectieveKracht zelfscan',
        short_name: 'Zelfscan',
        description:
          'Zelfscan voor burgercollectieven: vijf voorwaarden voor een duurzaam collectief.',
        lang: 'nl',
        start_url: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5f4a',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // a shared invitation or response file, link or answer code opens the app: the service
        // worker answers the POST itself (src/app/share-target.ts), so nothing reaches a server
        share_target: {
          action: shareTargetAction,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [{ name: 'files', accept: ['.json', 'application/json'] }],
          },
        },
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,ttf,woff2}'],
        // the first version claims the page at once; later versions wait (skipWaiting stays off)
        clientsClaim: true,
        skipWaiting: false,
        // jsPDF's optional html2canvas / canvg / purify chunks are never used by this app
        globIgnores: ['**/html2canvas*', '**/purify*', '**/index.es-*', '**/canvg*', '.vite/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        runtimeCaching: [{ urlPattern: shareTargetPattern, method: 'POST', handler: answerShare }],
      },
    }),
  ],
  // the research and funder helpers load the bundled questionnaires too
  worker: { plugins: () => [registryEntries] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // the manifest lets `npm run bench` and the size check resolve what each route loads
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: codeSplittingGroups },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
    // set-ups that render PDFs or cut fonts need more than the default 10 s on a busy machine
    hookTimeout: 60000,
  },
});
