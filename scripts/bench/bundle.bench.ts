import type { Figure } from './measure';
import { initialFiles, kB, readManifest, routeFiles, routeSources, sizeOf } from './bundle-files';

/** Bytes from the build: the first load (raw and gzip) and what each route loads in all, cold. */
export function benchBundle({ distDir }: { distDir: string }): Figure[] {
  const manifest = readManifest(distDir);
  const initial = initialFiles(manifest);
  const js = sizeOf(distDir, initial.js);
  const css = sizeOf(distDir, initial.css);
  const figures: Figure[] = [
    {
      key: 'initial.js.gzip.kB',
      label: 'initial JS, gzip (index.html + home)',
      value: kB(js.gzipBytes),
      unit: 'kB',
    },
    { key: 'initial.js.raw.kB', label: 'initial JS, raw', value: kB(js.rawBytes), unit: 'kB' },
    {
      key: 'initial.css.gzip.kB',
      label: 'initial CSS, gzip',
      value: kB(css.gzipBytes),
      unit: 'kB',
    },
    { key: 'initial.css.raw.kB', label: 'initial CSS, raw', value: kB(css.rawBytes), unit: 'kB' },
  ];
  for (const route of Object.keys(routeSources).filter((r) => r !== 'home')) {
    const size = sizeOf(distDir, routeFiles(manifest, route).js);
    figures.push({
      key: `route.${route}.js.gzip.kB`,
      label: `${route} route, all JS loaded cold, gzip`,
      value: kB(size.gzipBytes),
      unit: 'kB',
    });
  }
  return figures;
}
