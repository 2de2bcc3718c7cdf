/**
 * Figure tables (revenue, client counts, budgets per year). Every number has
 * a unit and a year; a total row says per column whether it is the sum of
 * the rows (then it is checked) or not (e.g. unique clients, then labelled).
 */
import { z } from 'astro/zod';
import { formatNumber } from '../lib/decimal-input.ts';
import { oneOf, slug, text } from './fields.ts';

export const FIGURE_UNITS = ['euro', 'duizend-euro', 'miljoen-euro', 'aantal', 'procent'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

const value = z
  .number({ error: 'verwacht een getal (gebruik een punt als decimaalteken in de frontmatter, bijvoorbeeld 18.3)' })
  .finite()
  .nonnegative({ error: (issue) => `een negatief bedrag of aantal is niet toegestaan, kreeg ${String(issue.input)}` });

const column = z.strictObject({
  /** Key used in each row's `values`. */
  key: slug.meta({ description: 'Sleutel van de kolom, gebruikt in values van elke rij.' }),
  /** Column heading, e.g. "Omzet". */
  label: text.meta({ description: 'Kop van de kolom, bijvoorbeeld "Omzet".' }),
  /** Unit of every value in this column. */
  unit: oneOf(FIGURE_UNITS).meta({ description: 'Eenheid van elke waarde in de kolom: euro, duizend-euro, miljoen-euro, aantal of procent.' }),
  /** Decimals to always show, as the source does (64,0); default: as many as the value has. */
  decimals: z.number().int().min(0).max(3).optional().meta({ description: 'Aantal decimalen dat altijd wordt getoond, zoals de bron doet (64,0), van 0 tot 3; standaard zoveel als de waarde heeft.' }),
});

const row = z.strictObject({
  label: text.meta({ description: 'Naam van de rij.' }),
  /** One value per column key; null when the source gives none. */
  values: z.record(z.string(), value.nullable()).meta({ description: 'Per kolomsleutel een getal; null als de bron er geen geeft.' }),
  note: text.optional().meta({ description: 'Toelichting bij de rij.' }),
});

export const TOTAL_KINDS = ['som', 'geen-som'] as const;

export const figureSchema = z
  .strictObject({
    /** Anchor and CSV file name, e.g. "omzet-indicaties-2023". */
    id: slug.meta({ description: 'Id van de tabel: ook het anker op de pagina en de naam van het CSV-bestand, bijvoorbeeld "omzet-indicaties-2023".' }),
    /** Table caption. */
    title: text.meta({ description: 'Bijschrift van de tabel.' }),
    /** The year (or period, e.g. "2015-2021") the figures refer to. */
    year: z.union([z.number().int(), text]).transform(String).meta({ description: 'Jaar of periode van de cijfers, bijvoorbeeld 2023 of "2015-2021".' }),
    /** What the table shows and how to read it (B1). */
    description: text.optional().meta({ description: 'Wat de tabel laat zien en hoe u hem leest (B1).' }),
    columns: z.array(column).min(1).meta({ description: 'Kolommen van de tabel (minstens één).' }),
    rows: z.array(row).min(1).meta({ description: 'Rijen van de tabel (minstens één).' }),
    total: z
      .strictObject({
        label: text.default('Totaal').meta({ description: 'Naam van de totaalrij; standaard "Totaal".' }),
        values: z.record(z.string(), value).meta({ description: 'Per kolomsleutel het totaal uit de bron.' }),
        /**
         * Per column: 'som' when the total is the sum of the rows (checked),
         * 'geen-som' when it is not (e.g. unique clients); then `note` says why.
         */
        kind: z.record(z.string(), oneOf(TOTAL_KINDS)).meta({ description: "Per kolomsleutel: 'som' als het totaal de som van de rijen is (npm run check telt na) of 'geen-som' (bijvoorbeeld unieke cliënten; leg dat uit in note)." }),
        note: text.optional().meta({ description: "Uitleg bij de totaalrij; nodig bij 'geen-som'." }),
      })
      .optional().meta({ description: 'De totaalrij, met per kolom of het totaal een som van de rijen is.' }),
    /** Where in the source the figures are, and caveats from the source. */
    sourceNote: text.optional().meta({ description: 'Waar in de bron de cijfers staan, en kanttekeningen van de bron.' }),
    /** Chart drawn at build time: bars per row, a line over years, or none. */
    chart: oneOf(['staaf', 'lijn', 'geen'] as const).default('staaf').meta({ description: 'Grafiek die bij het bouwen wordt getekend: staaf (per rij, standaard), lijn (over jaren) of geen.' }),
  })
  .superRefine((figure, ctx) => {
    const keys = new Set(figure.columns.map((c) => c.key));
    figure.rows.forEach((r, i) => {
      for (const key of Object.keys(r.values)) {
        if (!keys.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'values', key], message: `onbekende kolom '${key}'; kolommen zijn ${[...keys].join(', ')}` });
        }
      }
    });
    if (!figure.total) return;
    for (const c of figure.columns) {
      const declared = figure.total.values[c.key];
      const kind = figure.total.kind[c.key];
      if (declared === undefined) continue;
      if (!kind) {
        ctx.addIssue({
          code: 'custom',
          path: ['total', 'kind', c.key],
          message: `zeg of het totaal van '${c.key}' een som van de rijen is ('som') of niet ('geen-som', bijvoorbeeld unieke cliënten)`,
        });
        continue;
      }
      if (kind !== 'som') continue;
      // Compare in millionths so decimals such as 18.3 + 0.75 add up exactly.
      const scaled = (n: number) => Math.round(n * 1_000_000);
      const sum = figure.rows.reduce((acc, r) => acc + scaled(r.values[c.key] ?? 0), 0);
      if (sum !== scaled(declared)) {
        ctx.addIssue({
          code: 'custom',
          path: ['total', 'values', c.key],
          message: `het totaal ${formatNumber(declared)} is niet de som van de rijen (${formatNumber(sum / 1_000_000)}); klopt een getal niet, of is het geen som? Zet dan total.kind.${c.key} op 'geen-som' en leg het uit in total.note`,
        });
      }
    }
  });

export type Figure = z.output<typeof figureSchema>;
