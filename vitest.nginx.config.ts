import { defineConfig } from 'vitest/config';

// The served-site tests (headers, gzip, 404, redirects, CSP) against the real
// nginx with deploy/nginx.conf: `npm run test:nginx`. The browser suite runs
// the same tests against the Node test server.
export default defineConfig({
  test: {
    include: ['test/served/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/served/nginx-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
