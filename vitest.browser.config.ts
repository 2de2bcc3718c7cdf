import { defineConfig } from 'vitest/config';

// The browser suite: builds the site once, serves it on 127.0.0.1 and drives
// Debian's Chromium through playwright-core. Run with `npm run test:browser`.
export default defineConfig({
  test: {
    // test/served/ also runs against the real nginx (npm run test:nginx).
    include: ['test/browser/**/*.test.ts', 'test/served/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    // One Chromium at a time: CI machines have two cores.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
