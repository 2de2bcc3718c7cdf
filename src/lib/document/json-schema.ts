/** JSON Schema of the content model, generated from the zod schemas (never written by hand). */
import { z } from 'astro/zod';
import { chapterSchema, contentSchemas, type ReferenceFactory } from '../../schemas/index.ts';

const idReference: ReferenceFactory = (collection) =>
  z
    .string()
    .transform((id) => ({ id, collection }))
    .meta({ description: `Id van een item in de collectie '${collection}' (de bestandsnaam, zonder extensie)` });

export function contentJsonSchema(): Record<string, unknown> {
  const schemas = contentSchemas(idReference);
  const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Inkoopwijzer: inhoudsmodel',
    description: 'Het model van een inkoopdocument (frontmatter van content/kaders/<slug>/index.mdx) en de andere collecties: regio\'s, gemeenten, producten, hoofdstukken, begrippen en referentiegegevens. Elk veld heeft een Nederlandse uitleg (description). Gegenereerd uit de zod-schema\'s in src/schemas/.',
    $defs: {
      kader: toJson(schemas.kaders),
      regio: toJson(schemas.regios),
      gemeente: toJson(schemas.gemeenten),
      product: toJson(schemas.producten),
      // Frontmatter of a chapter file of a long document: content/kaders/<slug>/<nn>-<chapter>.mdx.
      hoofdstuk: toJson(chapterSchema),
      begrip: toJson(schemas.begrippen),
      referentie: toJson(schemas.referentie),
    },
    $ref: '#/$defs/kader',
  };
}
