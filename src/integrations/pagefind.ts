/**
 * Builds the Pagefind search index after Astro has written dist/, through
 * Pagefind's Node API: check every response, log timing and page count,
 * always close the service.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyFrom, wordsOfHtml } from '../lib/search/spelling.ts';
import { separateBlocks } from '../lib/search/index-text.ts';
import { close, createIndex } from 'pagefind';

/** The built pages, relative to outDir (not Pagefind's own output). */
async function htmlFiles(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
}

/**
 * Every word of the built pages, for typo correction in search (fetched by
 * the search page on first use): a word that is one or two letters away from
 * one of these is taken as a typo.
 */
async function writeVocabulary(outDir: string, pages: readonly { html: string }[]): Promise<number> {
  const words = vocabularyFrom(pages.map((page) => wordsOfHtml(page.html)));
  await mkdir(join(outDir, 'zoeken'), { recursive: true });
  await writeFile(join(outDir, 'zoeken', 'woordenlijst.json'), JSON.stringify(words));
  return words.length;
}

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
          // File by file rather than addDirectory, so each page's text can be given with its blocks kept apart.
          // Each page is read once, for the index and for the typo vocabulary.
          const pages = await Promise.all((await htmlFiles(outDir)).map(async (file) => ({ file, html: await readFile(join(outDir, file), 'utf8') })));
          for (const { file, html } of pages) {
            const { errors } = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content: separateBlocks(html) });
            if (errors.length) throw new Error(`Pagefind kon ${file} niet lezen: ${errors.join('; ')}`);
          }
          const page_count = pages.length;
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (writeErrors.length) throw new Error(`Pagefind kon de index niet schrijven: ${writeErrors.join('; ')}`);
          const words = await writeVocabulary(outDir, pages);
          logger.info(`Zoekindex gemaakt: ${page_count} pagina's, ${words} woorden voor spelcorrectie, in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
