import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import type { ReportFonts } from './pdf-fonts';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the report font ${url} (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The Inter TTF files bundled by Vite as assets of the app's own origin (no outside request). */
export async function loadBrowserFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}
