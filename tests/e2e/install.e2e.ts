import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { iconBackground, pngSize } from '../../scripts/lib/icons';

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };

describe('the built app can be installed', () => {
  it('serves a manifest with PNG icons of 192 and 512, a maskable icon and the theme colour', async () => {
    const manifest = (await (await fetch(`${baseUrl()}manifest.webmanifest`)).json()) as {
      theme_color: string;
      display: string;
      icons: ManifestIcon[];
    };
    expect(manifest.theme_color).toBe(iconBackground);
    expect(manifest.display).toBe('standalone');
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => [icon.sizes, icon.purpose ?? 'any'])).toEqual([
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]);
    for (const icon of pngs) {
      const response = await fetch(`${baseUrl()}${icon.src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
      const { width, height } = pngSize(Buffer.from(await response.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('names the manifest, an apple-touch-icon of 180 and the theme colour in index.html', async () => {
    const html = await (await fetch(baseUrl())).text();
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest"/);
    expect(html).toContain(`<meta name="theme-color" content="${iconBackground}"`);
    const href = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('./apple-touch-icon.png');
    const png = Buffer.from(await (await fetch(new URL(href!, baseUrl()))).arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 180, height: 180 });
  });
});
