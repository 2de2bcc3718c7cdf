/**
 * Content collections. All content lives in the top-level content/ folder;
 * the schemas in src/schemas/ are the single source of truth, shared with the
 * standalone checker (npm run check) and the JSON Schema at /api/schema.json.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, contentSchemas, type ReferenceFactory } from './schemas/index.ts';
import { withDutchErrors } from './schemas/dutch-errors.ts';

const schemas = contentSchemas(reference as unknown as ReferenceFactory);

// Tests and the benchmark point the build at another content tree; the site itself uses ./content.
const contentRoot = process.env.INKOOPWIJZER_CONTENT ?? './content';

const yamlFolder = (folder: string) => glob({ pattern: '*.yaml', base: `${contentRoot}/${folder}` });

export const collections = {
  // One folder per document: content/kaders/<slug>/index.mdx. The folder name is the slug.
  kaders: defineCollection({
    loader: glob({
      pattern: '*/index.mdx',
      base: `${contentRoot}/kaders`,
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: withDutchErrors(schemas.kaders),
  }),
  // Optional chapters of a long document, beside its index.mdx: content/kaders/<slug>/<nn>-<chapter>.mdx.
  // Id "<slug>/<chapter>"; the order (nn) and the file-name rules live in src/lib/document/chapters.ts.
  hoofdstukken: defineCollection({
    loader: glob({
      pattern: '*/[0-9][0-9]-*.mdx',
      base: `${contentRoot}/kaders`,
      generateId: ({ entry }) => entry.replace(/\/\d\d-([^/]+)\.mdx$/, '/$1'),
    }),
    schema: withDutchErrors(chapterSchema),
  }),
  regios: defineCollection({ loader: yamlFolder('regios'), schema: withDutchErrors(schemas.regios) }),
  gemeenten: defineCollection({ loader: yamlFolder('gemeenten'), schema: withDutchErrors(schemas.gemeenten) }),
  producten: defineCollection({ loader: yamlFolder('producten'), schema: withDutchErrors(schemas.producten) }),
  // Reference data for the residents' calculators (abonnementstarief, AOW age), one file per kind.
  referentie: defineCollection({ loader: yamlFolder('referentie'), schema: withDutchErrors(schemas.referentie) }),
  // The glossary (/begrippen/ and the automatic <abbr> markup), one term per file.
  begrippen: defineCollection({ loader: yamlFolder('begrippen'), schema: withDutchErrors(schemas.begrippen) }),
};
