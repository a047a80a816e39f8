import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { reportFontCharacters } from './font-characters';
import type { ReportFonts } from './fonts';

const require = createRequire(import.meta.url);
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'selfscan-report-fonts');

/** The subset of one font, from the cache when this font and character set were cut before. */
async function readSubset(file: string): Promise<Uint8Array> {
  const font = await readFile(require.resolve(`@expo-google-fonts/inter/${file}`));
  const key = createHash('sha256').update(font).update(reportFontCharacters).digest('hex');
  const cached = join(cacheDir, `${key.slice(0, 32)}.ttf`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    // not cut yet: HarfBuzz (wasm) takes about half a second, once
  }
  const { subsetReportFont } = await import('./font-subset');
  const subset = await subsetReportFont(new Uint8Array(font));
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, subset).catch(() => undefined);
  return subset;
}

let fonts: Promise<ReportFonts> | undefined;

/** The Inter TTF files from node_modules, cut to the report's characters like the browser's. */
export function loadNodeFonts(): Promise<ReportFonts> {
  fonts ??= Promise.all([
    readSubset('400Regular/Inter_400Regular.ttf'),
    readSubset('700Bold/Inter_700Bold.ttf'),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
