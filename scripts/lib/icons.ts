import { Resvg } from '@resvg/resvg-js';

/** The app's brand colour: the manifest's theme colour and the full-bleed icons' background. */
export const iconBackground = '#1f5f4a';

/** The PNG icons the manifest and index.html name, all drawn from the one source image public/icon.svg. */
export const iconTargets = [
  { path: 'icons/icon-192.png', size: 192, bleed: false },
  { path: 'icons/icon-512.png', size: 512, bleed: false },
  // maskable: the platform cuts a circle or squircle out of it, so the mark sits in the inner 80%
  { path: 'icons/icon-maskable-512.png', size: 512, bleed: true },
  // iOS rounds the corners itself and shows transparency as black: full bleed as well
  { path: 'apple-touch-icon.png', size: 180, bleed: true },
] as const;

/** The source image on a full-bleed square of its own background colour, scaled into the safe zone. */
export function fullBleed(svg: string, background: string): string {
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg)?.[1];
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  if (!inner || !viewBox) throw new Error('icon.svg must be one <svg> with a viewBox');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="${background}"/>` +
    `<svg x="10" y="10" width="80" height="80" viewBox="${viewBox}">${inner}</svg></svg>`
  );
}

/** Renders every icon target from the source SVG text. */
export function renderIcons(input: { svg: string; background: string }): {
  path: string;
  size: number;
  png: Buffer;
}[] {
  return iconTargets.map((target) => {
    const source = target.bleed ? fullBleed(input.svg, input.background) : input.svg;
    const rendered = new Resvg(source, {
      fitTo: { mode: 'width', value: target.size },
      background: target.bleed ? input.background : undefined,
    }).render();
    return { path: target.path, size: target.size, png: rendered.asPng() };
  });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('ascii', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
