/**
 * Wmo abonnementstarief for residents (/rekenhulpen/eigen-bijdrage/): the
 * amount per month for a year, and what it comes to for a number of months.
 * The amounts are content (content/referentie/abonnementstarief.yaml); this
 * module only looks them up and multiplies, in whole cents.
 *
 * Fields / URL parameters: `jaar`, `maanden` (optional, 1–12, default 12).
 */
import { formatMoney } from '../money.ts';
import { rational } from '../rational.ts';
import { type BreakdownRow, breakdownRow } from './breakdown.ts';
import { type FieldErrors, type RawFields, createFieldReader } from './form-fields.ts';

export const CONTRIBUTION_FIELDS = ['jaar', 'maanden'] as const;
export type ContributionField = (typeof CONTRIBUTION_FIELDS)[number];

export interface MonthlyRate {
  readonly year: number;
  readonly amountCents: number;
  /** Short source text, e.g. "Zorgregio Midden-IJssel/Oost-Veluwe, inkoopstrategie (21 juni 2024)". */
  readonly source: string;
}

export interface ContributionInput {
  readonly year: number;
  readonly months: number;
}

export type ContributionParseResult =
  | { readonly ok: true; readonly input: ContributionInput }
  | { readonly ok: false; readonly errors: FieldErrors<ContributionField> };

export function parseContributionFields(raw: RawFields<ContributionField>, rates: readonly MonthlyRate[]): ContributionParseResult {
  const read = createFieldReader(raw);
  const year = read.decimal('jaar', { integer: true, min: 2015, max: 2100, name: 'het jaar', required: 'Kies een jaar' });
  const months = read.decimal('maanden', { integer: true, min: 1, max: 12, name: 'het aantal maanden' });
  if (year !== undefined && !rates.some((rate) => rate.year === Number(year.num))) {
    const known = rates.map((rate) => rate.year).join(', ');
    read.fail('jaar', `Voor ${year.num} hebben we nog geen bedrag met een bron. Wel voor: ${known}`);
  }
  if (Object.keys(read.errors).length > 0 || year === undefined) return { ok: false, errors: read.errors };
  return { ok: true, input: { year: Number(year.num), months: months === undefined ? 12 : Number(months.num) } };
}

export interface ContributionResult {
  readonly rate: MonthlyRate;
  readonly months: number;
  readonly totalCents: number;
  readonly rows: readonly BreakdownRow[];
  readonly summary: string;
}

/** Throws RangeError when the year has no rate: parse first. */
export function calculateContribution(input: ContributionInput, rates: readonly MonthlyRate[]): ContributionResult {
  const rate = rates.find((item) => item.year === input.year);
  if (rate === undefined) throw new RangeError(`No rate for ${input.year}`);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 12) throw new RangeError('months must be 1 to 12');
  const totalCents = rate.amountCents * input.months;
  const rows = [
    breakdownRow('per-maand', `Abonnementstarief per maand in ${rate.year}`, `Bron: ${rate.source}`, rational(rate.amountCents), 'euro-per-maand'),
    breakdownRow('maanden', 'Aantal maanden met ondersteuning', 'Ingevuld (standaard een heel jaar: 12)', rational(input.months), 'aantal'),
    breakdownRow('totaal', `Samen in ${rate.year}`, `${formatMoney(rate.amountCents)} × ${input.months}`, rational(totalCents), 'euro'),
  ];
  const summary = `In ${rate.year} is het abonnementstarief ${formatMoney(rate.amountCents)} per maand. Voor ${input.months} ${input.months === 1 ? 'maand' : 'maanden'} is dat ${formatMoney(totalCents)}.`;
  return { rate, months: input.months, totalCents, rows, summary };
}
