// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriAbbreviationsFrom } from './src/integrations/satteri-abbreviations.ts';
import { tableScroll } from './src/integrations/hast-table-scroll.ts';
import { resolveSiteUrl } from './src/lib/site-url.ts';

// The public address is configurable so the same build can be hosted anywhere; it is only used for
// absolute URLs (sitemap, canonical, API, feeds, calendars). Without SITE_URL the build uses the local
// preview address and says so: no output may name a placeholder domain.
const siteUrl = resolveSiteUrl(process.env.SITE_URL);
if (!siteUrl.ok) throw new Error(siteUrl.error);
if (!siteUrl.fromEnvironment && process.argv.includes('build')) {
  console.warn(`[inkoopwijzer] SITE_URL is niet ingesteld: absolute adressen (sitemap, feeds, agenda's, API) wijzen naar ${siteUrl.url}. Stel SITE_URL in op het publieke adres, bijvoorbeeld SITE_URL=https://inkoopwijzer.nl npm run build.`);
}
const site = siteUrl.url;

export default defineConfig({
  site,
  // Tests build several content trees side by side; each gets its own cache.
  ...(process.env.INKOOPWIJZER_CACHE_DIR ? { cacheDir: process.env.INKOOPWIJZER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // MDX runs on Sätteri (Astro 7's engine); its mdast plugin marks the first use of each
  // glossary abbreviation with <abbr> and a link to /begrippen/ (see content/begrippen/);
  // its hast plugin puts Markdown tables in a scroll container (no sideways page scroll at 320 px).
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [satteriAbbreviationsFrom(`${process.env.INKOOPWIJZER_CONTENT ?? './content'}/begrippen`)], hastPlugins: [tableScroll] }) }),
    preact(),
    sitemap(),
    pagefind(),
  ],
  // No telemetry, no third-party requests: privacy by construction.
  devToolbar: { enabled: false },
  // Every processed <script> becomes an external file (Vite would inline small ones), so the
  // Content-Security-Policy needs no 'unsafe-inline' for scripts (see public/_headers).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro itself writes the marker `"use astro:head-inject";` at the top of the module it
        // generates for every rendered MDX entry (`<file>.mdx?astroPropagatedAssets`, in
        // astro/dist/content/vite-plugin-content-assets.js). Rolldown warns that it drops such
        // directives when bundling, about thirty times a build, with a code frame that points
        // into an MDX file, though nothing is wrong with the content and nothing reads the marker
        // after bundling (withastro/astro#18087). Only exactly this warning is dropped; every
        // other log, including other module-level directives, goes on to the next handler.
        // (onLog, not onwarn: @preact/preset-vite sets an onwarn of its own, which replaces ours.)
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
