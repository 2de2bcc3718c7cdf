/**
 * Reference data for the residents' calculators, in content/referentie/:
 * - abonnementstarief.yaml: the Wmo abonnementstarief per year, who pays
 *   nothing, and announced changes (with a status that can be updated);
 * - aow-leeftijd.yaml: the AOW age by date of birth.
 * Every amount and every row names its source. One collection, one file per
 * kind; `kind` tells them apart.
 */
import { z } from 'astro/zod';
import { addDays, compareDates } from '../lib/calendar-date.ts';
import { count, isoDate, oneOf, text } from './fields.ts';

const referenceSource = z.strictObject({
  /** Title of the source, e.g. the document or web page. */
  title: text.meta({ description: 'Titel van de bron, bijvoorbeeld van het document of de webpagina.' }),
  /** Who published it, e.g. "Rijksoverheid / SVB". */
  publisher: text.meta({ description: 'Wie de bron uitgaf, bijvoorbeeld "Rijksoverheid / SVB".' }),
  /** Date of the source (publication or version), so a page can say how old the data is. */
  date: isoDate.optional().meta({ description: 'Datum van de bron (uitgave of versie), zodat de site kan zeggen hoe oud het gegeven is.' }),
  /** File name in the seed archive, if the source is one of the seed documents. */
  file: text.optional().meta({ description: 'Bestandsnaam in het archief, als de bron een van de brondocumenten is.' }),
  /** The sentence the fact is taken from, word for word. */
  quote: text.optional().meta({ description: 'De zin uit de bron waar het gegeven uit komt, letterlijk.' }),
});

export const ANNOUNCEMENT_STATUSES = ['aangekondigd', 'wetsvoorstel', 'aangenomen', 'ingevoerd', 'uitgesteld', 'ingetrokken'] as const;

const rateSchema = z.strictObject({
  year: count.min(2015, { error: 'het abonnementstarief bestaat pas sinds de Wmo 2015' }).max(2100).meta({ description: 'Jaar waarin het bedrag geldt (vanaf 2015).' }),
  /** Amount per month, in euro cents (€ 20,60 is 2060). */
  amountCents: count.min(1, { error: 'een abonnementstarief is meer dan € 0' }).max(100_000).meta({ description: 'Bedrag per maand in centen (€ 20,60 is 2060).' }),
  source: referenceSource.meta({ description: 'Bron van het bedrag.' }),
});

export const contributionSchema = z
  .strictObject({
    kind: z.literal('abonnementstarief').meta({ description: "Soort gegevens: 'abonnementstarief'." }),
    title: text.meta({ description: 'Titel van de gegevens.' }),
    /** Plain-language explanation (B1). */
    description: text.meta({ description: 'Uitleg in eenvoudige taal (B1).' }),
    rates: z.array(rateSchema).min(1, { error: 'noem minstens één jaar met een bedrag' }).meta({ description: 'Het abonnementstarief per jaar (minstens één jaar).' }),
    /** Who pays nothing, as far as the sources say. */
    exemptions: z.array(z.strictObject({ text: text.meta({ description: 'Wie niets betaalt, in eenvoudige taal.' }), source: referenceSource.meta({ description: 'Bron van de vrijstelling.' }) })).default([]).meta({ description: 'Wie niets betaalt, voor zover de bronnen het zeggen.' }),
    /** Announced changes, e.g. the income-dependent contribution. */
    announcements: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: 'Vaste id van de aankondiging.' }),
          title: text.meta({ description: 'Naam van de aangekondigde wijziging.' }),
          status: oneOf(ANNOUNCEMENT_STATUSES).meta({ description: 'Stand van zaken: aangekondigd, wetsvoorstel, aangenomen, ingevoerd, uitgesteld of ingetrokken.' }),
          /** Expected start, as the source says it ("waarschijnlijk per 1 januari 2026"). */
          expectedStart: isoDate.optional().meta({ description: 'Verwachte startdatum, zoals de bron die noemt ("waarschijnlijk per 1 januari 2026").' }),
          text: text.meta({ description: 'Uitleg van de wijziging.' }),
          source: referenceSource.meta({ description: 'Bron van de aankondiging.' }),
        }),
      )
      .default([]).meta({ description: 'Aangekondigde wijzigingen, zoals de inkomensafhankelijke eigen bijdrage.' }),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<number>();
    data.rates.forEach((rate, index) => {
      if (seen.has(rate.year)) ctx.addIssue({ code: 'custom', path: ['rates', index, 'year'], message: `het jaar ${rate.year} staat er twee keer in` });
      seen.add(rate.year);
    });
  });

const aowRowSchema = z.strictObject({
  /** First birth date of the range; leave out for "born before …". */
  from: isoDate.optional().meta({ description: 'Eerste geboortedatum van de rij; weglaten bij de eerste rij (iedereen die eerder is geboren).' }),
  /** Last birth date of the range, inclusive. */
  to: isoDate.meta({ description: 'Laatste geboortedatum van de rij (tot en met).' }),
  years: count.min(60).max(80).meta({ description: 'AOW-leeftijd: aantal jaren.' }),
  months: count.max(11).meta({ description: 'AOW-leeftijd: aantal maanden bovenop de jaren (0 tot 11).' }),
});

export const aowTableSchema = z
  .strictObject({
    kind: z.literal('aow-leeftijd').meta({ description: "Soort gegevens: 'aow-leeftijd'." }),
    title: text.meta({ description: 'Titel van de tabel.' }),
    description: text.meta({ description: 'Uitleg in eenvoudige taal (B1).' }),
    source: referenceSource.meta({ description: 'Bron van de tabel.' }),
    /** Birth date ranges, oldest first, without gaps or overlaps. */
    rows: z.array(aowRowSchema).min(1).meta({ description: 'Rijen met geboortedatums, oudste eerst, zonder gaten of overlap.' }),
    /** For anyone born after the last row: the AOW age is not fixed yet, but at least this. */
    after: z.strictObject({ atLeastYears: count.meta({ description: 'Minimale AOW-leeftijd: aantal jaren.' }), atLeastMonths: count.max(11).meta({ description: 'Minimale AOW-leeftijd: aantal maanden bovenop de jaren.' }), text: text.meta({ description: 'Uitleg voor wie na de laatste rij is geboren.' }) }).meta({ description: 'Voor wie na de laatste rij is geboren: de AOW-leeftijd ligt nog niet vast, maar is minstens deze.' }),
  })
  .superRefine((data, ctx) => {
    data.rows.forEach((row, index) => {
      if (index === 0 && row.from !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['rows', 0, 'from'], message: 'de eerste rij heeft geen `from`: die geldt voor iedereen die eerder is geboren' });
      }
      if (index > 0) {
        const previous = data.rows[index - 1]!;
        const expected = addDays(previous.to, 1);
        if (row.from !== expected) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'from'], message: `verwacht ${expected} (de dag na ${previous.to}), zodat er geen gat of overlap is` });
        }
        const previousMonths = previous.years * 12 + previous.months;
        if (row.years * 12 + row.months < previousMonths) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'years'], message: 'de AOW-leeftijd daalt hier; controleer de tabel' });
        }
      }
      if (row.from !== undefined && compareDates(row.to, row.from) < 0) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'to'], message: 'het einde ligt vóór het begin' });
      }
    });
  });

export const referenceSchema = z.discriminatedUnion('kind', [contributionSchema, aowTableSchema]);

export type ContributionData = z.output<typeof contributionSchema>;
export type AowTableData = z.output<typeof aowTableSchema>;
