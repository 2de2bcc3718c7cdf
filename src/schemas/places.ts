/** Regions, municipalities and the product catalogue that documents refer to. */
import { z } from 'astro/zod';
import { domain, oneOf, text, type ReferenceFactory } from './fields.ts';

/** content/gemeenten/<id>.yaml */
export const municipalitySchema = z.strictObject({
  /** Official name, e.g. "Mook en Middelaar". */
  name: text.meta({ description: 'Officiële naam van de gemeente, bijvoorbeeld "Mook en Middelaar".' }),
  /** Province, for context in overviews. */
  province: oneOf([
    'Drenthe', 'Flevoland', 'Friesland', 'Gelderland', 'Groningen', 'Limburg',
    'Noord-Brabant', 'Noord-Holland', 'Overijssel', 'Utrecht', 'Zeeland', 'Zuid-Holland',
  ] as const).meta({ description: 'Provincie van de gemeente, voor context in overzichten.' }),
  /** Short forms used in sources, e.g. "M&M"; shown and searchable. */
  aliases: z.array(text).default([]).meta({ description: 'Korte vormen uit de bronnen, bijvoorbeeld "M&M"; ook doorzoekbaar.' }),
});

/** content/regios/<id>.yaml */
export function regionSchema(ref: ReferenceFactory) {
  return z.strictObject({
    /** Name as residents know it, e.g. "Rijk van Nijmegen". */
    name: text.meta({ description: 'Naam van de regio zoals inwoners die kennen, bijvoorbeeld "Rijk van Nijmegen".' }),
    /** Other names the sources use, e.g. "regio Nijmegen". */
    aliases: z.array(text).default([]).meta({ description: 'Andere namen in de bronnen, bijvoorbeeld "regio Nijmegen".' }),
    /** Plain-language description (B1). */
    description: text.meta({ description: 'Korte uitleg over de regio in eenvoudige taal (B1).' }),
    /** Member municipalities. */
    municipalities: z.array(ref('gemeenten')).min(1, { error: 'een regio heeft minstens één gemeente' }).meta({ description: "Id's van de gemeenten van de regio in content/gemeenten/ (minstens één)." }),
  });
}

export const PRODUCT_KINDS = ['product', 'bouwsteen', 'segment', 'specialisme', 'productgroep'] as const;

/** content/producten/<id>.yaml */
export const productSchema = z.strictObject({
  /** Name as used in procurement documents, e.g. "Specialistische begeleiding". */
  name: text.meta({ description: 'Naam zoals in inkoopdocumenten, bijvoorbeeld "Specialistische begeleiding".' }),
  /** What kind of thing it is in procurement terms. */
  kind: oneOf(PRODUCT_KINDS).meta({ description: 'Wat het is in inkooptermen: product, bouwsteen, segment, specialisme of productgroep.' }),
  /** Domains it is bought under. */
  domains: z.array(domain).min(1).meta({ description: "Domeinen waarin het wordt ingekocht: 'Wmo' en/of 'Jeugdhulp'." }),
  /** What it is, in plain Dutch (B1), for residents. */
  description: text.meta({ description: 'Wat het is, in eenvoudige taal (B1) voor inwoners.' }),
  /** Other names and abbreviations, e.g. "HH" for hulp bij het huishouden. */
  aliases: z.array(text).default([]).meta({ description: 'Andere namen en afkortingen, bijvoorbeeld "HH" voor hulp bij het huishouden.' }),
});
