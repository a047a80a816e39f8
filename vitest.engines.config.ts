import { defineConfig } from 'vitest/config';

/** The smoke suite in Chromium, Firefox ESR and WebKitGTK (`tests/e2e/engines`). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/engines/**/*.engines.ts'],
    globalSetup: ['tests/e2e/engines/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90000,
    hookTimeout: 180000,
  },
});
