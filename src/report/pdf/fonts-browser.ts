import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?subset-url';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?subset-url';
import type { ReportFonts } from './fonts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the report font ${url} (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<ReportFonts> | undefined;

/**
 * The Inter TTF files, cut at build time to the report's characters and bundled as assets of the
 * app's own origin (no outside request); fetched once per visit.
 */
export function loadBrowserFonts(): Promise<ReportFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  fonts.catch(() => (fonts = undefined));
  return fonts;
}
