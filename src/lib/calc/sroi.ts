/**
 * Social return (SROI) obligation: a percentage of either the contract value
 * (opdrachtwaarde) or the invoiced revenue (omzet), per year and over the
 * term. Optionally part of it must be met through an MVO building block
 * (the variant in the Kampen presentation, e.g. 2% of invoiced revenue of
 * which at least 0,5% via MVO); then both parts are reported.
 *
 * The value is given per year or for the whole term. A term may end in a
 * part of a year (2,5 years): that year counts for its fraction.
 *
 * Exactness: all amounts are exact rationals in cents. Per-year rows are
 * rounded (half away from zero) with the largest remainder method, so the
 * years add up exactly to the rounded totals, and the MVO part plus the other
 * part equal the obligation in every row.
 */

import { type DecimalParseOptions, formatNumber } from '../decimal-input.ts';
import { type MoneyParseOptions, centsFromExact, formatMoney, roundPartsToTotal } from '../money.ts';
import {
  type Rational,
  ONE,
  ceil,
  compare,
  div,
  mul,
  percentOf,
  rational,
  sub,
  sum,
} from '../rational.ts';
import { type BreakdownRow, amount, breakdownRow, euros, percent } from './breakdown.ts';
import { type FieldErrors, type RawFields, collectRangeErrors, createFieldReader } from './form-fields.ts';

export const SROI_FIELDS = ['waarde', 'percentage', 'grondslag', 'waarde-per', 'jaren', 'mvo'] as const;
export type SroiField = (typeof SROI_FIELDS)[number];
export type SroiErrors = FieldErrors<SroiField>;

export const SROI_BASES = ['opdrachtwaarde', 'omzet'] as const;
export type SroiBasis = (typeof SROI_BASES)[number];
export const VALUE_PERIODS = ['jaar', 'looptijd'] as const;
export type ValuePeriod = (typeof VALUE_PERIODS)[number];

export interface SroiInput {
  /** Contract value or revenue, in cents. */
  readonly valueCents: number;
  /** Whether `valueCents` is per year or for the whole term. */
  readonly valuePer: ValuePeriod;
  readonly basis: SroiBasis;
  /** SROI percentage of the basis, in percent points. */
  readonly percent: Rational;
  /** Term in years, may have a fraction (2,5). */
  readonly years: Rational;
  /** Part of `percent` that must go through an MVO building block. */
  readonly mvoPercent?: Rational;
}

export const SROI_LIMITS = {
  waarde: { name: 'de waarde', example: '500.000', min: 1, max: 1_000_000_000_000 },
  percentage: { unit: '%', name: 'het SROI-percentage', min: 0, exclusiveMin: true, max: 100 },
  jaren: { unit: 'jaar', name: 'de looptijd in jaren', min: 0, exclusiveMin: true, max: 20, maxDecimals: 2 },
  mvo: { unit: '%', name: 'het MVO-deel', min: 0, max: 100 },
} as const satisfies Record<'waarde' | 'percentage' | 'jaren' | 'mvo', MoneyParseOptions | DecimalParseOptions>;

/** Contract value is usually for the whole term; revenue usually per year. */
export function defaultValuePeriod(basis: SroiBasis): ValuePeriod {
  return basis === 'opdrachtwaarde' ? 'looptijd' : 'jaar';
}

/** Checks typed input with the same limits; empty object means valid. */
export function validateSroiInput(input: SroiInput): SroiErrors {
  const errors = collectRangeErrors<SroiField>([
    { field: 'waarde', cents: input.valueCents, options: SROI_LIMITS.waarde },
    { field: 'percentage', value: input.percent, options: SROI_LIMITS.percentage },
    { field: 'jaren', value: input.years, options: SROI_LIMITS.jaren },
    { field: 'mvo', value: input.mvoPercent, options: SROI_LIMITS.mvo },
  ]);
  if (!(SROI_BASES as readonly string[]).includes(input.basis)) errors.grondslag = 'Kies als grondslag de opdrachtwaarde of de omzet';
  if (!(VALUE_PERIODS as readonly string[]).includes(input.valuePer)) errors['waarde-per'] = 'Kies of de waarde per jaar is of voor de hele looptijd';
  if (errors.mvo === undefined && errors.percentage === undefined && input.mvoPercent !== undefined && compare(input.mvoPercent, input.percent) > 0) {
    errors.mvo = `Het MVO-deel mag niet groter zijn dan het SROI-percentage (${percent(input.percent)})`;
  }
  return errors;
}

export type SroiParseResult =
  | { readonly ok: true; readonly input: SroiInput }
  | { readonly ok: false; readonly errors: SroiErrors };

/**
 * Reads text inputs / URL parameters: `waarde` (€), `percentage`,
 * `grondslag` (`opdrachtwaarde`, default, or `omzet`), `waarde-per`
 * (`jaar` or `looptijd`; default depends on the basis), `jaren` (default 1),
 * `mvo` (optional MVO part in %).
 */
export function parseSroiFields(raw: RawFields<SroiField>): SroiParseResult {
  const read = createFieldReader(raw);
  let basis: SroiBasis = 'opdrachtwaarde';
  if (!read.blank('grondslag')) {
    const text = (raw.grondslag ?? '').trim().toLowerCase();
    if ((SROI_BASES as readonly string[]).includes(text)) basis = text as SroiBasis;
    else read.fail('grondslag', 'Kies als grondslag "opdrachtwaarde" of "omzet"');
  }
  let valuePer = defaultValuePeriod(basis);
  if (!read.blank('waarde-per')) {
    const text = (raw['waarde-per'] ?? '').trim().toLowerCase();
    if ((VALUE_PERIODS as readonly string[]).includes(text)) valuePer = text as ValuePeriod;
    else read.fail('waarde-per', 'Kies of de waarde per "jaar" is of voor de hele "looptijd"');
  }
  const valueCents = read.money('waarde', { ...SROI_LIMITS.waarde, required: 'Vul de waarde in euro in, bijvoorbeeld 500.000' });
  const sroiPercent = read.decimal('percentage', { ...SROI_LIMITS.percentage, required: 'Vul het SROI-percentage in, bijvoorbeeld 2' });
  const years = read.decimal('jaren', SROI_LIMITS.jaren) ?? ONE;
  const mvoPercent = read.decimal('mvo', SROI_LIMITS.mvo);
  if (Object.keys(read.errors).length > 0 || valueCents === undefined || sroiPercent === undefined) {
    return { ok: false, errors: read.errors };
  }
  const input: SroiInput = {
    valueCents,
    valuePer,
    basis,
    percent: sroiPercent,
    years,
    ...(mvoPercent === undefined ? {} : { mvoPercent }),
  };
  const errors = validateSroiInput(input);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

export interface SroiYear {
  readonly year: number;
  /** 1 for a full year, less for the last part of a term. */
  readonly fractionOfYear: Rational;
  readonly baseCents: number;
  readonly obligationCents: number;
  /** Only with an MVO part: the minimum through the MVO building block. */
  readonly mvoCents?: number;
  /** Only with an MVO part: obligation − MVO part. */
  readonly otherCents?: number;
}

export interface SroiResult {
  readonly years: readonly SroiYear[];
  readonly totalBaseCents: number;
  readonly totalObligationCents: number;
  readonly totalMvoCents?: number;
  readonly totalOtherCents?: number;
  readonly steps: readonly BreakdownRow[];
  /** How the obligation is computed, in plain Dutch. */
  readonly explanation: string;
}

function yearFractions(years: Rational): Rational[] {
  const count = Number(ceil(years));
  return Array.from({ length: count }, (_, index) => {
    const left = sub(years, rational(index));
    return compare(left, ONE) >= 0 ? ONE : left;
  });
}

function explain(input: SroiInput): string {
  const basisText =
    input.basis === 'opdrachtwaarde'
      ? 'De grondslag is de opdrachtwaarde: het bedrag dat vooraf voor de opdracht is geschat. De verplichting staat dus vooraf vast.'
      : 'De grondslag is de omzet: wat u werkelijk factureert. Factureert u meer of minder, dan verandert de verplichting mee.';
  const core = `U besteedt ${percent(input.percent)} van de grondslag aan social return.`;
  const mvo =
    input.mvoPercent === undefined
      ? ''
      : ` Daarvan moet minstens ${percent(input.mvoPercent)} van de grondslag via het MVO-bouwblok. ` +
        `De rest, ${percent(sub(input.percent, input.mvoPercent))} van de grondslag, vult u in met andere bouwblokken (of ook met MVO).`;
  return `${basisText} ${core}${mvo}`;
}

/** Throws RangeError on invalid input: validate first. */
export function calculateSroi(input: SroiInput): SroiResult {
  const firstError = Object.values(validateSroiInput(input))[0];
  if (firstError !== undefined) throw new RangeError(firstError);
  const value = rational(input.valueCents);
  const fractions = yearFractions(input.years);
  const basePerFullYear = input.valuePer === 'jaar' ? value : div(value, input.years);
  const exactBases = fractions.map((fraction) => mul(basePerFullYear, fraction));
  const exactObligations = exactBases.map((base) => percentOf(base, input.percent));
  const baseCents = roundPartsToTotal(exactBases);

  let years: SroiYear[];
  const mvoPercent = input.mvoPercent;
  if (mvoPercent === undefined) {
    const obligationCents = roundPartsToTotal(exactObligations);
    years = fractions.map((fractionOfYear, index) => ({
      year: index + 1,
      fractionOfYear,
      baseCents: baseCents[index] ?? 0,
      obligationCents: obligationCents[index] ?? 0,
    }));
  } else {
    // Round MVO and other parts together, so each year and the totals add up.
    const otherPercent = sub(input.percent, mvoPercent);
    const parts = exactBases.flatMap((base) => [percentOf(base, mvoPercent), percentOf(base, otherPercent)]);
    const partCents = roundPartsToTotal(parts);
    years = fractions.map((fractionOfYear, index) => {
      const mvoCents = partCents[2 * index] ?? 0;
      const otherCents = partCents[2 * index + 1] ?? 0;
      return { year: index + 1, fractionOfYear, baseCents: baseCents[index] ?? 0, obligationCents: mvoCents + otherCents, mvoCents, otherCents };
    });
  }

  const totalBase = sum(exactBases);
  const totalObligation = sum(exactObligations);
  const basisLabel = input.basis === 'opdrachtwaarde' ? 'Opdrachtwaarde' : 'Omzet';
  const steps: BreakdownRow[] = [
    breakdownRow(
      'grondslag-per-jaar',
      `${basisLabel} per jaar`,
      input.valuePer === 'jaar' ? 'Ingevuld' : `${formatMoney(input.valueCents)} ÷ ${amount(input.years)} jaar`,
      basePerFullYear,
      'euro',
    ),
    breakdownRow('verplichting-per-jaar', 'SROI-verplichting per volledig jaar', `${percent(input.percent)} van ${euros(basePerFullYear)}`, percentOf(basePerFullYear, input.percent), 'euro'),
  ];
  if (mvoPercent !== undefined) {
    steps.push(
      breakdownRow('mvo-per-jaar', 'Waarvan minstens via het MVO-bouwblok', `${percent(mvoPercent)} van ${euros(basePerFullYear)}`, percentOf(basePerFullYear, mvoPercent), 'euro'),
      breakdownRow('overig-per-jaar', 'Rest via andere bouwblokken', `${percent(sub(input.percent, mvoPercent))} van ${euros(basePerFullYear)}`, percentOf(basePerFullYear, sub(input.percent, mvoPercent)), 'euro'),
    );
  }
  steps.push(
    breakdownRow('grondslag-totaal', `${basisLabel} over de looptijd`, `${euros(basePerFullYear)} × ${amount(input.years)} jaar`, totalBase, 'euro'),
    breakdownRow('verplichting-totaal', 'SROI-verplichting over de looptijd', `${percent(input.percent)} van ${euros(totalBase)}`, totalObligation, 'euro'),
  );

  const totalMvoCents = years.reduce((total, year) => total + (year.mvoCents ?? 0), 0);
  return {
    years,
    totalBaseCents: centsFromExact(totalBase),
    totalObligationCents: centsFromExact(totalObligation),
    ...(mvoPercent === undefined
      ? {}
      : { totalMvoCents, totalOtherCents: centsFromExact(totalObligation) - totalMvoCents }),
    steps,
    explanation: explain(input),
  };
}

/** Row label: "Jaar 2", or "Jaar 3 (0,5 jaar)" for a part of a year. */
export function describeYear(year: SroiYear): string {
  return compare(year.fractionOfYear, ONE) === 0
    ? `Jaar ${year.year}`
    : `Jaar ${year.year} (${formatNumber(year.fractionOfYear, { maximumDecimals: 2 })} jaar)`;
}

/** One SROI rule of a document, embedded at build time (src/data/calculators.ts) as island props. */
export interface SroiRule {
  readonly slug: string;
  /** Index of the rule in `procurement.sroi`. */
  readonly variant: number;
  readonly title: string;
  readonly percentage: string;
  /** Absent when the source does not say over what the percentage is taken. */
  readonly basis?: SroiBasis;
  readonly mvo?: string;
  readonly years?: string | undefined;
  readonly note?: string;
}

/** "slug" picks the rule with an MVO part (the Kampen variant) or else the first; "slug:1" a specific rule. */
export function findSroiRule(rules: readonly SroiRule[], key: string): SroiRule | undefined {
  const [slug, variant] = key.split(':');
  const ofDocument = rules.filter((rule) => rule.slug === slug);
  if (variant !== undefined) return ofDocument.find((rule) => String(rule.variant) === variant);
  return ofDocument.find((rule) => rule.mvo !== undefined) ?? ofDocument[0];
}
