import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests and checks against material outside the project have their own configs.
    exclude: ['test/browser/**', 'test/sources/**', 'test/standards/**', 'test/served/**', 'node_modules/**'],
    environment: 'node',
    // The build tests run the Astro CLI; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
