/**
 * P×Q budget for effort-based funding (inspanningsgerichte bekostiging):
 * price per unit × units per period × number of periods × clients, over
 * several years with a yearly index, optionally against a ceiling
 * (plafond / bestedingsruimte per aanbieder).
 *
 * Conventions:
 * - A year has 52 weeks, 13 periods of 4 weeks or 12 months; the duration is
 *   counted in periods, so 78 weeks = 52 weeks in year 1 + 26 in year 2.
 * - The tariff of year k+1 is the tariff of year k × (1 + index), rounded to
 *   cents, because municipalities set each year's tariff in whole cents.
 * - Year amounts are exact (price × quantity may have fractions of a cent)
 *   and rounded with the largest remainder method, so they add up exactly
 *   to the rounded total. Rounding is half away from zero.
 * - The ceiling counts as reached in the first period after which the
 *   rounded spending is at least the ceiling.
 */

import { type DecimalParseOptions, formatNumber } from '../decimal-input.ts';
import { type MoneyParseOptions, centsFromExact, formatMoney, roundPartsToTotal } from '../money.ts';
import {
  type Rational,
  ONE,
  add,
  ceil,
  compare,
  div,
  isZero,
  markupFactor,
  mul,
  rational,
  sub,
  sum,
} from '../rational.ts';
import { type BreakdownRow, amount, breakdownRow, euros, percent } from './breakdown.ts';
import { type FieldErrors, type RawFields, collectRangeErrors, createFieldReader } from './form-fields.ts';

export const BUDGET_UNITS = ['uur', 'dagdeel', 'etmaal', 'week', 'vier-weken', 'maand'] as const;
export type BudgetUnit = (typeof BUDGET_UNITS)[number];
export const BUDGET_PERIODS = ['week', 'vier-weken', 'maand'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** Input names as URL parameters of /rekenhulpen/budget/. */
export const BUDGET_FIELDS = ['prijs', 'eenheid', 'aantal', 'per', 'duur', 'clienten', 'index', 'plafond'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];
export type BudgetErrors = FieldErrors<BudgetField>;

export const PERIODS_PER_YEAR: Record<BudgetPeriod, number> = { week: 52, 'vier-weken': 13, maand: 12 };

/** Longest possible period in days, to refuse impossible quantities. */
const MAX_DAYS_IN_PERIOD: Record<BudgetPeriod, number> = { week: 7, 'vier-weken': 28, maand: 31 };
/** Shortest length of one unit in days (a dagdeel is at least 6 hours here, so 4 a day). */
const MIN_DAYS_PER_UNIT: Record<BudgetUnit, Rational> = {
  uur: rational(1, 24),
  dagdeel: rational(1, 4),
  etmaal: rational(1),
  week: rational(7),
  'vier-weken': rational(28),
  maand: rational(28),
};

export const UNIT_LABEL: Record<BudgetUnit, { readonly one: string; readonly many: string }> = {
  uur: { one: 'uur', many: 'uur' },
  dagdeel: { one: 'dagdeel', many: 'dagdelen' },
  etmaal: { one: 'etmaal', many: 'etmalen' },
  week: { one: 'week', many: 'weken' },
  'vier-weken': { one: 'periode van 4 weken', many: 'perioden van 4 weken' },
  maand: { one: 'maand', many: 'maanden' },
};

export const PERIOD_LABEL: Record<BudgetPeriod, { readonly one: string; readonly many: string }> = {
  week: { one: 'week', many: 'weken' },
  'vier-weken': { one: 'periode van 4 weken', many: 'perioden van 4 weken' },
  maand: { one: 'maand', many: 'maanden' },
};

/** Budgets over 10 years at most. */
export const MAX_YEARS = 10;
/** Results above € 100 miljard are treated as an input mistake. */
export const MAX_TOTAL_CENTS = 10_000_000_000_000;

export interface BudgetInput {
  /** Price per unit, in cents. */
  readonly priceCents: number;
  readonly unit: BudgetUnit;
  /** Units per period per client, e.g. 3 (hours a week). */
  readonly quantityPerPeriod: Rational;
  readonly period: BudgetPeriod;
  /** Duration, as a whole number of periods. */
  readonly periods: number;
  readonly clients: number;
  /** Yearly index in percent points, applied from year 2. */
  readonly yearlyIndexPercent: Rational;
  /** Optional ceiling for the whole duration, in cents. */
  readonly ceilingCents?: number;
}

export function maxQuantityPerPeriod(unit: BudgetUnit, period: BudgetPeriod): Rational {
  return div(rational(MAX_DAYS_IN_PERIOD[period]), MIN_DAYS_PER_UNIT[unit]);
}

export const BUDGET_LIMITS = {
  prijs: { name: 'de prijs', example: '65,00', min: 1, max: 10_000_000 },
  aantal: { name: 'het aantal', min: 0, exclusiveMin: true, maxDecimals: 2 },
  duur: { name: 'de duur', integer: true, min: 0, exclusiveMin: true },
  clienten: { name: 'het aantal cliënten', integer: true, min: 1, max: 100_000 },
  index: { unit: '%', name: 'de jaarlijkse index', min: -20, max: 50 },
  plafond: { name: 'het plafond', example: '250.000', min: 1 },
} as const satisfies Record<Exclude<BudgetField, 'eenheid' | 'per'>, MoneyParseOptions | DecimalParseOptions>;

function quantityOptions(unit: BudgetUnit, period: BudgetPeriod): DecimalParseOptions {
  return { ...BUDGET_LIMITS.aantal, name: `het aantal ${UNIT_LABEL[unit].many} per ${PERIOD_LABEL[period].one}`, max: maxQuantityPerPeriod(unit, period) };
}

function durationOptions(period: BudgetPeriod): DecimalParseOptions {
  return { ...BUDGET_LIMITS.duur, unit: PERIOD_LABEL[period].many, name: `de duur in ${PERIOD_LABEL[period].many}`, max: PERIODS_PER_YEAR[period] * MAX_YEARS };
}

function isBudgetPeriod(unit: BudgetUnit | BudgetPeriod): unit is BudgetPeriod {
  return (BUDGET_PERIODS as readonly string[]).includes(unit);
}

function exactTotalUpperBound(input: BudgetInput): Rational {
  const years = Math.ceil(input.periods / PERIODS_PER_YEAR[input.period]);
  const growth = compare(input.yearlyIndexPercent, rational(0)) > 0 ? markupFactor(input.yearlyIndexPercent) : ONE;
  let factor = ONE;
  for (let year = 1; year < years; year += 1) factor = mul(factor, growth);
  // +1 cent per year covers the rounding of each year's tariff.
  const price = add(mul(rational(input.priceCents), factor), rational(years));
  return mul(mul(price, input.quantityPerPeriod), rational(input.periods * input.clients));
}

const TOO_LARGE = `De uitkomst wordt onwerkelijk groot (meer dan ${formatMoney(MAX_TOTAL_CENTS, { trimZeroCents: true })}). Controleer de prijs, het aantal, de duur en het aantal cliënten`;

/** Checks typed input with the same limits; empty object means valid. */
export function validateBudgetInput(input: BudgetInput): BudgetErrors {
  const unitKnown = (BUDGET_UNITS as readonly string[]).includes(input.unit);
  const periodKnown = (BUDGET_PERIODS as readonly string[]).includes(input.period);
  const errors = collectRangeErrors<BudgetField>([
    { field: 'prijs', cents: input.priceCents, options: BUDGET_LIMITS.prijs },
    // Quantity and duration limits depend on the unit and period, so only check them when those are known.
    ...(unitKnown && periodKnown
      ? [{ field: 'aantal' as const, value: input.quantityPerPeriod, options: quantityOptions(input.unit, input.period) }]
      : []),
    ...(periodKnown
      ? [{ field: 'duur' as const, value: wholeOrHalf(input.periods), options: durationOptions(input.period) }]
      : []),
    { field: 'clienten', value: wholeOrHalf(input.clients), options: BUDGET_LIMITS.clienten },
    { field: 'index', value: input.yearlyIndexPercent, options: BUDGET_LIMITS.index },
    { field: 'plafond', cents: input.ceilingCents, options: BUDGET_LIMITS.plafond },
  ]);
  if (!unitKnown) errors.eenheid = 'Kies een eenheid';
  if (!periodKnown) errors.per = 'Kies een periode';
  if (Object.keys(errors).length === 0 && compare(exactTotalUpperBound(input), rational(MAX_TOTAL_CENTS)) > 0) {
    errors.clienten = TOO_LARGE;
  }
  return errors;
}

/** A count as a Rational; a non-integer becomes ½ so the integer check reports it. */
function wholeOrHalf(count: number): Rational {
  return Number.isSafeInteger(count) ? rational(count) : rational(1, 2);
}

export type BudgetParseResult =
  | { readonly ok: true; readonly input: BudgetInput }
  | { readonly ok: false; readonly errors: BudgetErrors };

/**
 * Reads text inputs / URL parameters: `prijs` (€), `eenheid` (default uur),
 * `aantal` (units per period), `per` (week, vier-weken or maand; default the
 * unit itself for week/vier-weken/maand, else week), `duur` (number of
 * periods), `clienten` (default 1), `index` (% per year, default 0),
 * `plafond` (€, optional).
 */
export function parseBudgetFields(raw: RawFields<BudgetField>): BudgetParseResult {
  const read = createFieldReader(raw);
  let unit: BudgetUnit = 'uur';
  if (!read.blank('eenheid')) {
    const text = (raw.eenheid ?? '').trim().toLowerCase();
    if ((BUDGET_UNITS as readonly string[]).includes(text)) unit = text as BudgetUnit;
    else read.fail('eenheid', 'Kies een eenheid: uur, dagdeel, etmaal, week, vier-weken of maand');
  }
  let period: BudgetPeriod = isBudgetPeriod(unit) ? unit : 'week';
  if (!read.blank('per')) {
    const text = (raw.per ?? '').trim().toLowerCase();
    if ((BUDGET_PERIODS as readonly string[]).includes(text)) period = text as BudgetPeriod;
    else read.fail('per', 'Kies een periode: week, vier-weken of maand');
  }
  const priceCents = read.money('prijs', { ...BUDGET_LIMITS.prijs, required: 'Vul de prijs per eenheid in, bijvoorbeeld 65,00' });
  const quantityPerPeriod =
    isBudgetPeriod(unit) && unit === period && read.blank('aantal')
      ? ONE
      : read.decimal('aantal', { ...quantityOptions(unit, period), required: `Vul het aantal ${UNIT_LABEL[unit].many} per ${PERIOD_LABEL[period].one} in, bijvoorbeeld 3` });
  const periods = read.decimal('duur', { ...durationOptions(period), required: `Vul de duur in ${PERIOD_LABEL[period].many} in, bijvoorbeeld ${PERIODS_PER_YEAR[period]}` });
  const clients = read.decimal('clienten', BUDGET_LIMITS.clienten) ?? ONE;
  const yearlyIndexPercent = read.decimal('index', BUDGET_LIMITS.index) ?? rational(0);
  const ceilingCents = read.money('plafond', BUDGET_LIMITS.plafond);
  if (Object.keys(read.errors).length > 0 || priceCents === undefined || quantityPerPeriod === undefined || periods === undefined) {
    return { ok: false, errors: read.errors };
  }
  const input: BudgetInput = {
    priceCents,
    unit,
    quantityPerPeriod,
    period,
    periods: Number(periods.num),
    clients: Number(clients.num),
    yearlyIndexPercent,
    ...(ceilingCents === undefined ? {} : { ceilingCents }),
  };
  const errors = validateBudgetInput(input);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

export interface BudgetYear {
  /** 1 for the first year. */
  readonly year: number;
  readonly tariffCents: number;
  /** Periods that fall in this year. */
  readonly periods: number;
  readonly exactCents: Rational;
  /** Rounded so that the years add up exactly to `totalCents`. */
  readonly cents: number;
}

export interface CeilingReached {
  /** Period number counted from the start (1-based). */
  readonly period: number;
  readonly year: number;
  /** Period number within that year (1-based). */
  readonly periodInYear: number;
  /** Rounded spending up to and including that period. */
  readonly spentCents: number;
}

export interface CeilingResult {
  readonly ceilingCents: number;
  /** Ceiling minus total; negative when the ceiling is exceeded. */
  readonly remainingCents: number;
  /** Total as a percentage of the ceiling (exact). */
  readonly usedPercent: Rational;
  readonly reached?: CeilingReached;
  /** One sentence in Dutch. */
  readonly summary: string;
}

export interface BudgetResult {
  readonly years: readonly BudgetYear[];
  readonly totalCents: number;
  /** Units over the whole duration for all clients. */
  readonly totalUnits: Rational;
  readonly steps: readonly BreakdownRow[];
  readonly ceiling?: CeilingResult;
}

/** Yearly tariffs: year 1 is the price, each next year indexed and rounded to cents. */
export function yearlyTariffs(priceCents: number, yearlyIndexPercent: Rational, years: number): number[] {
  const tariffs = [priceCents];
  for (let year = 2; year <= years; year += 1) {
    const previous = tariffs[tariffs.length - 1] ?? priceCents;
    tariffs.push(centsFromExact(mul(rational(previous), markupFactor(yearlyIndexPercent))));
  }
  return tariffs;
}

function findCeiling(
  input: BudgetInput,
  years: readonly BudgetYear[],
  totalCents: number,
  ceilingCents: number,
): CeilingResult {
  const periodLabel = PERIOD_LABEL[input.period];
  const remainingCents = ceilingCents - totalCents;
  const usedPercent = div(rational(totalCents * 100), rational(ceilingCents));
  // Rounded spending reaches the ceiling once exact spending is ≥ ceiling − ½ cent.
  const threshold = sub(rational(ceilingCents), rational(1, 2));
  let spentBefore = rational(0);
  let periodsBefore = 0;
  for (const year of years) {
    const perPeriod = mul(mul(rational(year.tariffCents), input.quantityPerPeriod), rational(input.clients));
    const spentAfter = add(spentBefore, year.exactCents);
    if (!isZero(perPeriod) && compare(spentAfter, threshold) >= 0) {
      const needed = div(sub(threshold, spentBefore), perPeriod);
      const periodInYear = Number(ceil(needed));
      const spentCents = centsFromExact(add(spentBefore, mul(perPeriod, rational(periodInYear))));
      const reached = { period: periodsBefore + periodInYear, year: year.year, periodInYear, spentCents };
      return {
        ceilingCents,
        remainingCents,
        usedPercent,
        reached,
        summary:
          `Het plafond van ${formatMoney(ceilingCents)} wordt bereikt in ${periodLabel.one} ${periodInYear} van jaar ${year.year} ` +
          `(${periodLabel.one} ${reached.period} vanaf de start).` +
          (remainingCents < 0 ? ` Over de hele duur komt u ${formatMoney(-remainingCents)} boven het plafond.` : ''),
      };
    }
    spentBefore = spentAfter;
    periodsBefore += year.periods;
  }
  return {
    ceilingCents,
    remainingCents,
    usedPercent,
    summary: `Binnen het plafond van ${formatMoney(ceilingCents)} blijft ${formatMoney(remainingCents)} over.`,
  };
}

/** Throws RangeError on invalid input: validate first. */
export function calculateBudget(input: BudgetInput): BudgetResult {
  const firstError = Object.values(validateBudgetInput(input))[0];
  if (firstError !== undefined) throw new RangeError(firstError);
  const perYear = PERIODS_PER_YEAR[input.period];
  const yearCount = Math.ceil(input.periods / perYear);
  const tariffs = yearlyTariffs(input.priceCents, input.yearlyIndexPercent, yearCount);
  const exactYears = tariffs.map((tariffCents, index) => {
    const periods = Math.min(perYear, input.periods - index * perYear);
    const exactCents = mul(mul(rational(tariffCents), input.quantityPerPeriod), rational(periods * input.clients));
    return { year: index + 1, tariffCents, periods, exactCents };
  });
  const rounded = roundPartsToTotal(exactYears.map((year) => year.exactCents));
  const years: BudgetYear[] = exactYears.map((year, index) => ({ ...year, cents: rounded[index] ?? 0 }));
  const exactTotal = sum(exactYears.map((year) => year.exactCents));
  const totalCents = centsFromExact(exactTotal);
  const totalUnits = mul(input.quantityPerPeriod, rational(input.periods * input.clients));

  const unit = UNIT_LABEL[input.unit];
  const period = PERIOD_LABEL[input.period];
  const firstPeriodCost = mul(mul(rational(input.priceCents), input.quantityPerPeriod), rational(input.clients));
  const steps: BreakdownRow[] = [
    breakdownRow('prijs', `Prijs per ${unit.one}`, 'Ingevuld', rational(input.priceCents), 'euro'),
    breakdownRow('aantal', `Aantal ${unit.many} per ${period.one} per cliënt`, 'Ingevuld', input.quantityPerPeriod, 'aantal'),
    breakdownRow('clienten', 'Aantal cliënten', 'Ingevuld', rational(input.clients), 'aantal'),
    breakdownRow('per-periode', `Kosten per ${period.one} in jaar 1`, `${euros(rational(input.priceCents))} × ${amount(input.quantityPerPeriod)} × ${input.clients} cliënt${input.clients === 1 ? '' : 'en'}`, firstPeriodCost, 'euro'),
    breakdownRow('duur', `Duur in ${period.many}`, `${formatNumber(input.periods)} ${input.periods === 1 ? period.one : period.many}; een jaar telt ${perYear} ${period.many}`, rational(input.periods), 'aantal'),
    ...years.map((year) =>
      breakdownRow(
        `jaar-${year.year}`,
        `Jaar ${year.year}`,
        `${year.year === 1 ? 'Prijs' : `Tarief na ${percent(input.yearlyIndexPercent)} index, afgerond op centen:`} ${formatMoney(year.tariffCents)} × ${amount(input.quantityPerPeriod)} × ${year.periods} ${year.periods === 1 ? period.one : period.many} × ${input.clients} cliënt${input.clients === 1 ? '' : 'en'}`,
        year.exactCents,
        'euro',
      ),
    ),
    breakdownRow('totaal', 'Totaal over de hele duur', 'Som van de jaren', exactTotal, 'euro'),
  ];

  return {
    years,
    totalCents,
    totalUnits,
    steps,
    ...(input.ceilingCents === undefined ? {} : { ceiling: findCeiling(input, years, totalCents, input.ceilingCents) }),
  };
}
