/** Regions, municipalities and the product catalogue that documents refer to. */
import { z } from 'astro/zod';
import { domain, oneOf, text, type ReferenceFactory } from './fields.ts';
import { CBS_CODE_PATTERN, cbsCodeProblem, PRODUCT_CATEGORY_PATTERN, PRODUCT_CODE_PATTERN, PRODUCT_STANDARDS, productCodeProblem } from '../lib/standard-codes.ts';

/** A CBS gemeentecode as GM + four digits; the message says what is wrong with the form. */
const cbsCode = z.unknown().transform((value, ctx) => {
  const written = typeof value === 'number' ? String(value) : value;
  if (typeof written !== 'string') {
    ctx.addIssue({ code: 'custom', message: `verwacht een CBS-gemeentecode als GM gevolgd door vier cijfers, kreeg ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  const problem = cbsCodeProblem(written.trim());
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return written.trim();
}).meta({ type: 'string', pattern: CBS_CODE_PATTERN, description: 'CBS-gemeentecode: GM en de vier cijfers uit de officiële CBS-lijst, bijvoorbeeld GM0123. Weglaten als u de officiële lijst niet bij de hand hebt; nooit uit het hoofd.' });

/** A code written as text; YAML reads 02 as the number 2, which loses the leading zero. */
function quotedCode(what: string, example: string) {
  return z.unknown().transform((value, ctx) => {
    if (typeof value === 'string') return value.trim();
    ctx.addIssue({ code: 'custom', message: `schrijf de ${what} tussen aanhalingstekens, bijvoorbeeld '${example}', zodat voorloopnullen blijven; kreeg ${JSON.stringify(value)}` });
    return z.NEVER;
  });
}

/** Where a code was taken from: the official list (title, date or version, address). */
const codeSource = text.meta({ description: 'Waar de code vandaan komt: de officiële lijst met titel, versie of datum en adres.' });

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
  /** CBS gemeentecode from the official CBS list; absent until taken from that list. */
  cbsCode: cbsCode.optional(),
  /** The official list the code was taken from; required with a code. */
  cbsCodeSource: codeSource.optional(),
}).superRefine((m, ctx) => {
  if (m.cbsCode !== undefined && m.cbsCodeSource === undefined) {
    ctx.addIssue({ code: 'custom', path: ['cbsCodeSource'], message: 'noem bij een CBS-gemeentecode de officiële lijst waar die uit komt (titel, datum en adres)' });
  }
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
  /** iStandaarden product category and code, only where a source or the standard product list gives them. */
  standardCode: z.strictObject({
    standard: oneOf(PRODUCT_STANDARDS).meta({ description: "De iStandaard: 'iWmo' of 'iJw'." }),
    category: quotedCode('productcategorie', '02').meta({ type: 'string', pattern: PRODUCT_CATEGORY_PATTERN, description: "Productcategorie: twee cijfers tussen aanhalingstekens, bijvoorbeeld '02' (zo blijft de voorloopnul)." }),
    code: quotedCode('productcode', '02A01').optional().meta({ type: 'string', pattern: PRODUCT_CODE_PATTERN, description: 'Productcode: vijf tekens die met de productcategorie beginnen; weglaten als de bron alleen de categorie geeft.' }),
    source: codeSource,
  }).superRefine((c, ctx) => {
    const problem = productCodeProblem(c.category, c.code);
    if (problem) ctx.addIssue({ code: 'custom', path: [c.code !== undefined && /^\d{2}$/.test(c.category) ? 'code' : 'category'], message: problem });
  }).optional().meta({ description: 'Productcategorie en productcode uit de iStandaarden, alleen waar een bron of de standaardproductlijst ze geeft; nooit geraden.' }),
});
