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
      term: text,
      /** Full name, e.g. "Wet maatschappelijke ondersteuning 2015"; leave out if there is none. */
      fullName: text.optional(),
      /** True for an abbreviation: its first use on a page is marked up with <abbr> automatically. */
      abbreviation: z.boolean().default(false),
      /** Plain-language definition (B1), 1 to 3 short sentences, in our own words. */
      definition,
      /** Other spellings, e.g. ["P*Q", "PxQ", "p×q"]; for abbreviations these are marked up too. */
      aliases: z.array(text).default([]),
      /** Documents (and their sections) where the term matters most; shown before the ones found automatically. */
      related: z
        .array(
          z.strictObject({
            kader: ref('kaders'),
            /** Heading anchor on that page, e.g. "social-return-sroi". */
            section: z.string().regex(/^[\p{Ll}\p{N}_-]+$/u, { error: 'verwacht het anker van een kop, zoals "social-return-sroi"' }).optional(),
          }),
        )
        .default([]),
      /** Related glossary terms, by id. */
      seeAlso: z.array(ref('begrippen')).default([]),
    })
    .superRefine((data, ctx) => {
      if (data.aliases.includes(data.term)) {
        ctx.addIssue({ code: 'custom', path: ['aliases'], message: `'${data.term}' staat al in \`term\`` });
      }
    });
}
