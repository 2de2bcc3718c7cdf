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
  key: slug,
  /** Column heading, e.g. "Omzet". */
  label: text,
  /** Unit of every value in this column. */
  unit: oneOf(FIGURE_UNITS),
  /** Decimals to always show, as the source does (64,0); default: as many as the value has. */
  decimals: z.number().int().min(0).max(3).optional(),
});

const row = z.strictObject({
  label: text,
  /** One value per column key; null when the source gives none. */
  values: z.record(z.string(), value.nullable()),
  note: text.optional(),
});

export const TOTAL_KINDS = ['som', 'geen-som'] as const;

export const figureSchema = z
  .strictObject({
    /** Anchor and CSV file name, e.g. "omzet-indicaties-2023". */
    id: slug,
    /** Table caption. */
    title: text,
    /** The year (or period, e.g. "2015-2021") the figures refer to. */
    year: z.union([z.number().int(), text]).transform(String),
    /** What the table shows and how to read it (B1). */
    description: text.optional(),
    columns: z.array(column).min(1),
    rows: z.array(row).min(1),
    total: z
      .strictObject({
        label: text.default('Totaal'),
        values: z.record(z.string(), value),
        /**
         * Per column: 'som' when the total is the sum of the rows (checked),
         * 'geen-som' when it is not (e.g. unique clients); then `note` says why.
         */
        kind: z.record(z.string(), oneOf(TOTAL_KINDS)),
        note: text.optional(),
      })
      .optional(),
    /** Where in the source the figures are, and caveats from the source. */
    sourceNote: text.optional(),
    /** Chart drawn at build time: bars per row, a line over years, or none. */
    chart: oneOf(['staaf', 'lijn', 'geen'] as const).default('staaf'),
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
