import { defineConfig } from 'vitest/config';

// Checks against material outside the project (the official OCDS 1.1.5 schemas
// and codelists); run with `npm run test:standards -- <map>`
// (scripts/test-standards.ts), never by `npm test`.
export default defineConfig({
  test: {
    include: ['test/standards/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
