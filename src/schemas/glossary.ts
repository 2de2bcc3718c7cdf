/**
 * The glossary: content/begrippen/<id>.yaml, one term per file, id = slug of
 * the term (see termSlug in src/lib/glossary-match.ts). Feeds the page
 * /begrippen/ and the automatic <abbr> markup of the first use of each
 * abbreviation in a document.
 */
import { z } from 'astro/zod';
import { text, type ReferenceFactory } from './fields.ts';

/** 1 to 3 short sentences: a definition, not an essay. */
const definition = text
  .refine((value) => (value.match(/[.!?](?=\s|$)/g) ?? []).length <= 3, { error: 'schrijf de uitleg in hooguit 3 korte zinnen' })
  .refine((value) => value.length <= 400, { error: 'houd de uitleg korter dan 400 tekens (B1: korte zinnen)' });

export function glossarySchema(ref: ReferenceFactory) {
  return z
    .strictObject({
      /** The term as it is written in the documents, e.g. "Wmo", "reële prijs". */
      term: text.meta({ description: 'Het begrip zoals het in de documenten staat, bijvoorbeeld "Wmo" of "reële prijs".' }),
      /** Full name, e.g. "Wet maatschappelijke ondersteuning 2015"; leave out if there is none. */
      fullName: text.optional().meta({ description: 'Het begrip voluit, bijvoorbeeld "Wet maatschappelijke ondersteuning 2015"; weglaten als er geen is.' }),
      /** True for an abbreviation: its first use on a page is marked up with <abbr> automatically. */
      abbreviation: z.boolean().default(false).meta({ description: 'true bij een afkorting: het eerste gebruik op een pagina krijgt dan vanzelf <abbr> met uitleg.' }),
      /** Plain-language definition (B1), 1 to 3 short sentences, in our own words. */
      definition: definition.meta({ description: 'Uitleg in eigen woorden en eenvoudige taal (B1): hooguit 3 korte zinnen en 400 tekens.' }),
      /** Other spellings, e.g. ["P*Q", "PxQ", "p×q"]; for abbreviations these are marked up too. */
      aliases: z.array(text).default([]).meta({ description: 'Andere schrijfwijzen, bijvoorbeeld ["P*Q", "PxQ"]; bij afkortingen worden ook die gemarkeerd.' }),
      /**
       * Words residents type for this term, e.g. ["huishoudelijke hulp", "HbH", "thuiszorg"]. A search with
       * one of them also searches the term (its full name if it has one) and says so; they are never shown
       * on a page as meaning the same. Only words people really type.
       */
      zoekwoorden: z.array(text).default([]).meta({ description: 'Woorden die inwoners intypen als ze dit begrip zoeken, bijvoorbeeld ["huishoudelijke hulp", "HbH"]. Wie daarop zoekt, zoekt ook op het begrip (voluit als dat er is), en de zoekpagina zegt dat erbij. Ook een ruimer woord mag (zoals "thuiszorg"): de site zegt nergens dat het hetzelfde betekent. Alleen woorden die mensen echt typen.' }),
      /** Documents (and their sections) where the term matters most; shown before the ones found automatically. */
      related: z
        .array(
          z.strictObject({
            kader: ref('kaders').meta({ description: 'Slug van het document in content/kaders/.' }),
            /** Heading anchor on that page, e.g. "social-return-sroi". */
            section: z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, { error: 'verwacht het anker van een kop, zoals "social-return-sroi"' }).optional().meta({ description: 'Anker van het kopje op die pagina, bijvoorbeeld "social-return-sroi".' }),
          }),
        )
        .default([]).meta({ description: 'Documenten (en kopjes) waar het begrip het meest toe doet; ze staan vóór de documenten die de site zelf vindt.' }),
      /** Related glossary terms, by id. */
      seeAlso: z.array(ref('begrippen')).default([]).meta({ description: "Id's van verwante begrippen in content/begrippen/." }),
    })
    .superRefine((data, ctx) => {
      if (data.aliases.includes(data.term)) {
        ctx.addIssue({ code: 'custom', path: ['aliases'], message: `'${data.term}' staat al in \`term\`` });
      }
      const known = [data.term, data.fullName, ...data.aliases].filter(Boolean).map((form) => form!.toLowerCase());
      data.zoekwoorden.forEach((word, i) => {
        if (known.includes(word.toLowerCase())) {
          ctx.addIssue({ code: 'custom', path: ['zoekwoorden', i], message: `'${word}' staat al in \`term\`, \`fullName\` of \`aliases\`; die vindt de zoekpagina al` });
        }
      });
    });
}
