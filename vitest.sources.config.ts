import { defineConfig } from 'vitest/config';

// Checks against material outside the project (the source texts); run with
// `npm run test:sources -- <map>` (scripts/test-sources.ts), never by `npm test`.
export default defineConfig({
  test: {
    include: ['test/sources/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
