import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReportFonts } from './pdf-fonts';

const require = createRequire(import.meta.url);

/** Reads the Inter TTF files from node_modules, for the command line and tests. */
export async function loadNodeFonts(): Promise<ReportFonts> {
  const path = (file: string) => require.resolve(`@expo-google-fonts/inter/${file}`);
  const [regular, bold] = await Promise.all([
    readFile(path('400Regular/Inter_400Regular.ttf')),
    readFile(path('700Bold/Inter_700Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
