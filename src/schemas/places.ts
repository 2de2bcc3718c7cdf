/** Regions, municipalities and the product catalogue that frameworks refer to. */
import { z } from 'astro/zod';
import { domain, oneOf, text, type ReferenceFactory } from './fields.ts';

/** content/gemeenten/<id>.yaml */
export const municipalitySchema = z.strictObject({
  /** Official name, e.g. "Mook en Middelaar". */
  name: text,
  /** Province, for context in overviews. */
  province: oneOf([
    'Drenthe', 'Flevoland', 'Friesland', 'Gelderland', 'Groningen', 'Limburg',
    'Noord-Brabant', 'Noord-Holland', 'Overijssel', 'Utrecht', 'Zeeland', 'Zuid-Holland',
  ] as const),
  /** Short forms used in sources, e.g. "M&M"; shown and searchable. */
  aliases: z.array(text).default([]),
});

/** content/regios/<id>.yaml */
export function regionSchema(ref: ReferenceFactory) {
  return z.strictObject({
    /** Name as residents know it, e.g. "Rijk van Nijmegen". */
    name: text,
    /** Other names the sources use, e.g. "regio Nijmegen". */
    aliases: z.array(text).default([]),
    /** Plain-language description (B1). */
    description: text,
    /** Member municipalities. */
    municipalities: z.array(ref('gemeenten')).min(1, { error: 'een regio heeft minstens één gemeente' }),
  });
}

export const PRODUCT_KINDS = ['product', 'bouwsteen', 'segment', 'specialisme', 'productgroep'] as const;

/** content/producten/<id>.yaml */
export const productSchema = z.strictObject({
  /** Name as used in procurement documents, e.g. "Specialistische begeleiding". */
  name: text,
  /** What kind of thing it is in procurement terms. */
  kind: oneOf(PRODUCT_KINDS),
  /** Domains it is bought under. */
  domains: z.array(domain).min(1),
  /** What it is, in plain Dutch (B1), for residents. */
  description: text,
  /** Other names and abbreviations, e.g. "HH" for hulp bij het huishouden. */
  aliases: z.array(text).default([]),
});
