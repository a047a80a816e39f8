import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconBackground, iconTargets, pngSize, renderIcons } from '../scripts/lib/icons';

const svg = readFileSync('public/icon.svg', 'utf8');

describe('PNG icons drawn from public/icon.svg', () => {
  it.each(iconTargets.map((t) => [t.path, t.size] as const))(
    '%s is committed at %i×%i',
    (path, size) => {
      expect(pngSize(readFileSync(`public/${path}`))).toEqual({ width: size, height: size });
    },
  );

  it('are what `npm run icons` draws now (run it after changing icon.svg)', () => {
    for (const icon of renderIcons({ svg, background: iconBackground })) {
      expect(readFileSync(`public/${icon.path}`).equals(icon.png), icon.path).toBe(true);
    }
  });

  it('index.html names the apple-touch-icon and the theme colour of the manifest', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain('<link rel="apple-touch-icon" href="./apple-touch-icon.png" />');
    expect(html).toContain(`<meta name="theme-color" content="${iconBackground}" />`);
    expect(readFileSync('vite.config.ts', 'utf8')).toContain(`theme_color: '${iconBackground}'`);
  });
});
