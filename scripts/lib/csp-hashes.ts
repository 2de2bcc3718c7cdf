/**
 * Hashes of the inline scripts Astro itself writes into pages with islands
 * (the island runtime and one script per client directive), as CSP source
 * expressions. Used by `node scripts/csp-hashes.ts` and the deploy tests,
 * which check that public/_headers and deploy/nginx.conf list exactly these.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const directives = ['load', 'idle', 'visible', 'media', 'only'] as const;

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The CSP source expressions for every inline script Astro can emit. */
export async function astroInlineScriptHashes(): Promise<string[]> {
  // astro's package.json is not exported; resolve the runtime through the package root.
  const root = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const load = async (file: string) => ((await import(pathToFileURL(join(root, 'dist/runtime', file)).href)) as { default: string }).default;
  const sources = [await load('server/astro-island.prebuilt.js'), ...(await Promise.all(directives.map((d) => load(`client/${d}.prebuilt.js`))))];
  return sources.map(cspHash);
}
