// `npm run icons`: draws the PNG icons (manifest, maskable, apple-touch-icon) from public/icon.svg.
// The PNGs are committed; tests/icons.test.ts fails when they no longer match what this script draws.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { iconBackground, renderIcons } from './lib/icons';

const svg = readFileSync('public/icon.svg', 'utf8');
for (const icon of renderIcons({ svg, background: iconBackground })) {
  const path = join('public', icon.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, icon.png);
  console.log(`${path}  ${icon.size}×${icon.size}  ${icon.png.length} bytes`);
}
