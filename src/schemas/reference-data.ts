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
  title: text,
  /** Who published it, e.g. "Rijksoverheid / SVB". */
  publisher: text,
  /** File name in the seed archive, if the source is one of the seed documents. */
  file: text.optional(),
  /** The sentence the fact is taken from, word for word. */
  quote: text.optional(),
});

export const ANNOUNCEMENT_STATUSES = ['aangekondigd', 'wetsvoorstel', 'aangenomen', 'ingevoerd', 'uitgesteld', 'ingetrokken'] as const;

const rateSchema = z.strictObject({
  year: count.min(2015, { error: 'het abonnementstarief bestaat pas sinds de Wmo 2015' }).max(2100),
  /** Amount per month, in euro cents (€ 20,60 is 2060). */
  amountCents: count.min(1, { error: 'een abonnementstarief is meer dan € 0' }).max(100_000),
  source: referenceSource,
});

export const contributionSchema = z
  .strictObject({
    kind: z.literal('abonnementstarief'),
    title: text,
    /** Plain-language explanation (B1). */
    description: text,
    rates: z.array(rateSchema).min(1, { error: 'noem minstens één jaar met een bedrag' }),
    /** Who pays nothing, as far as the sources say. */
    exemptions: z.array(z.strictObject({ text, source: referenceSource })).default([]),
    /** Announced changes, e.g. the income-dependent contribution. */
    announcements: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          title: text,
          status: oneOf(ANNOUNCEMENT_STATUSES),
          /** Expected start, as the source says it ("waarschijnlijk per 1 januari 2026"). */
          expectedStart: isoDate.optional(),
          text,
          source: referenceSource,
        }),
      )
      .default([]),
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
  from: isoDate.optional(),
  /** Last birth date of the range, inclusive. */
  to: isoDate,
  years: count.min(60).max(80),
  months: count.max(11),
});

export const aowTableSchema = z
  .strictObject({
    kind: z.literal('aow-leeftijd'),
    title: text,
    description: text,
    source: referenceSource,
    /** Birth date ranges, oldest first, without gaps or overlaps. */
    rows: z.array(aowRowSchema).min(1),
    /** For anyone born after the last row: the AOW age is not fixed yet, but at least this. */
    after: z.strictObject({ atLeastYears: count, atLeastMonths: count.max(11), text }),
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
