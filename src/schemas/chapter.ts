/**
 * A chapter of a long document: content/kaders/<slug>/<nn>-<chapter>.mdx,
 * beside the document's index.mdx. The file name gives the order (nn) and the
 * address (/kaders/<slug>/<chapter>/); the frontmatter only names the chapter.
 * See src/lib/document/chapters.ts for the file-name rules.
 */
import { z } from 'astro/zod';
import { text } from './fields.ts';

export const chapterSchema = z.strictObject({
  /** The chapter heading, shown as the h1 of the chapter page and in the contents list. */
  title: text.meta({ description: 'Kop van het hoofdstuk: de grote kop (h1) van de hoofdstukpagina en de regel in de inhoudsopgave.' }),
  /** One plain-language sentence (B1) about the chapter, shown in the contents list. */
  description: text.optional().meta({ description: 'Eén zin in eenvoudige taal (B1) over het hoofdstuk, getoond in de inhoudsopgave.' }),
});

export type ChapterData = z.output<typeof chapterSchema>;
