/**
 * Prints the hashes of the inline scripts Astro itself writes into pages with
 * islands (scripts/lib/csp-hashes.ts). The Content-Security-Policy in
 * public/_headers and deploy/nginx.conf lists them, so scripts need no
 * 'unsafe-inline'. After an Astro upgrade, run `node scripts/csp-hashes.ts`
 * and paste the new list into both files.
 */
import { astroInlineScriptHashes } from './lib/csp-hashes.ts';

console.log((await astroInlineScriptHashes()).join(' '));
