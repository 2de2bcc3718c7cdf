/**
 * Builds the Pagefind search index after Astro has written dist/, through
 * Pagefind's Node API: check every response, log timing and page count,
 * always close the service.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'inkoopwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          // Dutch stemming: pages are lang="nl", forced here so every page uses one index.
          const { index, errors: createErrors } = await createIndex({ forceLanguage: 'nl' });
          if (!index) throw new Error(`Pagefind kon geen index maken: ${createErrors.join('; ')}`);
          const { page_count, errors: addErrors } = await index.addDirectory({ path: outDir });
          if (addErrors.length) throw new Error(`Pagefind kon de pagina's niet lezen: ${addErrors.join('; ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (writeErrors.length) throw new Error(`Pagefind kon de index niet schrijven: ${writeErrors.join('; ')}`);
          logger.info(`Zoekindex gemaakt: ${page_count} pagina's in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
