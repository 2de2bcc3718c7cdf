/** Every content schema, built for a given kind of reference (Astro's or the checker's). */
import type { ReferenceFactory } from './fields.ts';
import { documentSchema } from './document.ts';
import { glossarySchema } from './glossary.ts';
import { municipalitySchema, productSchema, regionSchema } from './places.ts';
import { referenceSchema } from './reference-data.ts';

export function contentSchemas(ref: ReferenceFactory) {
  return {
    kaders: documentSchema(ref),
    regios: regionSchema(ref),
    gemeenten: municipalitySchema,
    producten: productSchema,
    referentie: referenceSchema,
    begrippen: glossarySchema(ref),
  };
}

export type { CollectionName, ReferenceFactory } from './fields.ts';

/** Chapter files (content/kaders/<slug>/<nn>-<chapter>.mdx) are no collection folder of their own; their schema stands apart. */
export { chapterSchema, type ChapterData } from './chapter.ts';
