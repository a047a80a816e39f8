import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TextGroup } from '../../src/i18n';
import { sectionTexts } from '../../src/i18n/section-texts';
import { appTextGroups } from '../../src/i18n/text-groups';

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
type ManifestChunk = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
};
type Manifest = Record<string, ManifestChunk>;

export type FileSet = { js: string[]; css: string[] };
export type SetSize = { files: number; rawBytes: number; gzipBytes: number };

const registry = 'src/storage/bundled-questionnaires.ts';
/** React, i18next and the shell: the entry loads them beside the page's section, every time. */
const shell = 'src/app/start-app.tsx';
/** The built files of one group of texts in Dutch (vite.config.ts `app-texts`; a section's own files). */
const builtTexts = (group: TextGroup): string[] =>
  (appTextGroups as readonly string[]).includes(group)
    ? [`ck-app-texts:${group}:nl`]
    : [`src/features/${group}/messages/nl.json`, `src/features/${group}/messages/en.json`];
/** The texts a section loads with its code, as src/i18n/section-texts.ts says. */
const textsOf = (section: keyof typeof sectionTexts) => sectionTexts[section].flatMap(builtTexts);

/**
 * What each route loads when opened cold, besides the first load: its section's chunk, and the
 * questionnaire registry and the texts it loads in Dutch (the default), for every section but home
 * (and the invitation link's welcome).
 */
export const routeSources: Record<string, string[]> = {
  home: ['src/app/sections/home.ts'],
  collectives: ['src/app/sections/collectives.ts', registry, ...textsOf('collectives')],
  'fill-in': ['src/app/sections/fill-in.ts', registry, ...textsOf('fillIn')],
  // a member's welcome from an invitation link on a device that never held anything: the build's
  // summaries of the questionnaires, not the registry (that loads once the welcome is painted)
  'invitation-link': ['src/app/sections/invitation-link.ts', ...textsOf('invitationLink')],
  results: ['src/app/sections/results.ts', registry, ...textsOf('results')],
  questionnaires: ['src/app/sections/questionnaires.ts', registry, ...textsOf('questionnaires')],
  settings: ['src/app/sections/settings.ts', ...textsOf('settings')],
  funder: ['src/app/sections/funder.ts', registry, ...textsOf('funder')],
  research: ['src/app/sections/research.ts', registry, ...textsOf('research')],
  pdf: ['src/features/results/make-report-pdf.ts'],
};

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and everything it imports statically (what the browser fetches before running it). */
export function staticClosure(manifest: Manifest, keys: string[]): FileSet {
  const seen = new Set<string>();
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return { js: [...js], css: [...css] };
}

/** What index.html loads before any interaction: the entry, the shell and the home section. */
export function initialFiles(manifest: Manifest): FileSet {
  return staticClosure(manifest, ['index.html', shell, ...(routeSources.home ?? [])]);
}

/** Everything a route needs when opened cold: the first load plus the route's own chunks. */
export function routeFiles(manifest: Manifest, route: string): FileSet {
  const sources = routeSources[route];
  if (!sources) throw new Error(`unknown route ${route}`);
  return staticClosure(manifest, ['index.html', shell, ...sources]);
}

/** Raw and gzip bytes of a set of built files (gzip level 9, each file on its own, as served). */
export function sizeOf(distDir: string, files: string[]): SetSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

/** Bytes as kB (1000 bytes, as Vite prints them), one decimal. */
export function kB(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
