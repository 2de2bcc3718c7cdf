// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public address is configurable so the same build can be hosted anywhere;
// it is only used for absolute URLs (sitemap, feeds, canonical links).
const site = process.env.SITE_URL ?? 'https://inkoopwijzer.example.nl';

export default defineConfig({
  site,
  // Tests build several content trees side by side; each gets its own cache.
  ...(process.env.INKOOPWIJZER_CACHE_DIR ? { cacheDir: process.env.INKOOPWIJZER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap(), pagefind()],
  // No telemetry, no third-party requests: privacy by construction.
  devToolbar: { enabled: false },
});
