import type { Browser } from 'playwright-core';
import type { Figure } from './measure';

/** What `npm run bench` hands each module: the served production build and one Chromium. */
export type BenchContext = {
  /** e.g. http://127.0.0.1:4517/ (ends with a slash) */
  baseUrl: string;
  browser: Browser;
  distDir: string;
  /** measured runs per figure, after one warm-up */
  runs: number;
};

/**
 * One bench module: a name for the progress line (and `--only`), and its figures. `needsApp: false`
 * when it uses neither `baseUrl` nor `distDir`: `--only` with such modules skips the app's build.
 */
export type BenchModule = {
  name: string;
  needsApp?: boolean;
  run: (context: BenchContext) => Promise<Figure[]>;
};
