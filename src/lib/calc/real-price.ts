/**
 * Real price (reële prijs) per hour of care, built up along the cost
 * elements of art. 5.4 lid 3 Uitvoeringsbesluit Wmo 2015:
 *   a. kosten van de beroepskracht, b. redelijke overheadkosten,
 *   c. niet-productieve uren (verlof, ziekte, scholing, werkoverleg),
 *   d. reis- en opleidingskosten, e. indexatie,
 *   f. overige kosten door gemeentelijke verplichtingen.
 *
 * Wage as providers know it: a gross salary per month (`salaris`) or a
 * gross wage per hour (`uurloon`), one of the two.
 * An hourly wage becomes an annual salary as wage × annual hours (the same
 * annual hours as below: 36 hours a week is 1.878 hours a year), so the
 * hours basis is always the one shown next to the field.
 *
 * Order of the steps (as cost-price studies do it):
 *   salary → allowances (% of annual salary) → employer charges and pension
 *   (% of salary plus allowances) → annual and productive hours → travel and
 *   training per FTE per year → overhead mark-up → municipal obligations per
 *   productive hour (= cost price per productive hour) → risk/innovation
 *   mark-up → indexation to the tariff year (= real tariff).
 *
 * Annual hours: the CAO convention "36 hours a week is 1.878 hours a year"
 * is a fixed 1.878 / 36 = 52 1/6 weeks a year, so annual hours =
 * hours per week × 1.878 / 36, kept exact (32 h → 1.669 1/3 h); `jaaruren`
 * overrides it.
 *
 * Shares per AMvB element (they add up to the tariff exactly):
 *   a = personnel cost per paid hour (as if every hour were productive),
 *   c = personnel cost per productive hour − a (what non-productive hours add),
 *   d = travel and training per productive hour,
 *   b = overhead, f = municipal obligations, e = indexation,
 *   risico = the mark-up for risk and profit. Art. 5.4 lid 3 (as quoted in
 *       the sources on this site, e.g. regio-nijmegen-blok-b-2018 bijlage 4)
 *       names elements a–f and none of them is risk or profit, so the
 *       mark-up is a share of its own, labelled as not being one of a–f,
 *       never folded into overhead (b).
 *
 * Exactness: all steps are exact rationals (amounts in cents); only the
 * results are rounded to cents, half away from zero. The comparison with the
 * municipal tariff uses the rounded cost price and real price, the amounts
 * the page shows, so every difference it names can be checked by hand. The element shares are
 * rounded with the largest remainder method so they add up exactly to the
 * rounded tariff.
 */

import { type DecimalParseOptions, formatPercent } from '../decimal-input.ts';
import { type MoneyParseOptions, centsFromExact, formatMoney, roundPartsToTotal } from '../money.ts';
import {
  type Rational,
  HUNDRED,
  ZERO,
  add,
  compare,
  div,
  mul,
  percentOf,
  rational,
  sub,
  sum,
} from '../rational.ts';
import { type BreakdownRow, amount, breakdownRow, euros, percent } from './breakdown.ts';
import {
  type FieldErrors,
  type RawFields,
  collectRangeErrors,
  createFieldReader,
} from './form-fields.ts';

/** Input names, identical to the URL parameters of /rekenhulpen/reele-prijs/. */
export const REAL_PRICE_FIELDS = [
  'uren',
  'jaaruren',
  'salaris',
  'uurloon',
  'vakantiegeld',
  'eindejaars',
  'ort',
  'ikb',
  'sociale-lasten',
  'niet-productief',
  'reiskosten',
  'opleidingskosten',
  'overhead',
  'verplichtingen',
  'risico',
  'indexatie',
  'tarief',
] as const;

export type RealPriceField = (typeof REAL_PRICE_FIELDS)[number];
export type RealPriceErrors = FieldErrors<RealPriceField>;

/** Validated input. Percentages are in percent points (8,33 means 8,33%). */
export interface RealPriceInput {
  /** Gross monthly salary for one FTE, in cents (`salaris`). Give this or `wageCentsPerHour`. */
  readonly salaryCentsPerMonth?: number;
  /** Gross hourly wage, in cents (`uurloon`). */
  readonly wageCentsPerHour?: number;
  /** Contract hours per week of one FTE (`uren`); needed unless `annualHours` is given. */
  readonly hoursPerWeek?: Rational;
  /** Annual hours of one FTE (`jaaruren`); overrides the hours per week. */
  readonly annualHours?: Rational;
  readonly holidayPayPercent: Rational;
  readonly yearEndBonusPercent: Rational;
  /** Onregelmatigheidstoeslag (ORT). */
  readonly irregularHoursPercent: Rational;
  /** Individueel keuzebudget (IKB). */
  readonly choiceBudgetPercent: Rational;
  /** Employer charges and pension, % of salary plus allowances. */
  readonly employerChargesPercent: Rational;
  /** Non-productive share of annual hours; below 100. */
  readonly nonProductivePercent: Rational;
  readonly travelCentsPerYear: number;
  readonly trainingCentsPerYear: number;
  readonly overheadPercent: Rational;
  /** Costs of municipal obligations, in cents per productive hour. */
  readonly obligationsCentsPerHour: number;
  readonly riskPercent: Rational;
  readonly indexationPercent: Rational;
  /** Municipality's hourly tariff to compare with, in cents (`tarief`). */
  readonly municipalTariffCents?: number;
}

/** 36 hours a week is 1.878 hours a year. */
export const ANNUAL_HOURS_PER_WEEKLY_HOUR: Rational = rational(1878, 36);

const PERCENT_OF_SALARY: DecimalParseOptions = { unit: '%', min: 0, max: 100 };

/** Allowed ranges per field; the same for text and typed input. */
export const REAL_PRICE_LIMITS = {
  salaris: { name: 'het brutosalaris per maand', example: '3.000', min: 10_000, max: 5_000_000 },
  uurloon: { name: 'het bruto uurloon', example: '21,50', min: 100, max: 50_000 },
  uren: { name: 'het aantal uren per week', unit: 'uur', min: 0, exclusiveMin: true, max: 60 },
  jaaruren: { name: 'het aantal uren per jaar', unit: 'uur', min: 0, exclusiveMin: true, max: 3130 },
  vakantiegeld: { ...PERCENT_OF_SALARY, name: 'het vakantiegeld' },
  eindejaars: { ...PERCENT_OF_SALARY, name: 'de eindejaarsuitkering' },
  ort: { ...PERCENT_OF_SALARY, name: 'de onregelmatigheidstoeslag' },
  ikb: { ...PERCENT_OF_SALARY, name: 'het individueel keuzebudget' },
  'sociale-lasten': { ...PERCENT_OF_SALARY, name: 'het percentage werkgeverslasten en pensioen' },
  'niet-productief': {
    unit: '%',
    min: 0,
    max: 100,
    exclusiveMax: true,
    name: 'het percentage niet-productieve uren',
  },
  reiskosten: { name: 'het bedrag voor reiskosten per jaar', example: '1.200', min: 0, max: 10_000_000 },
  opleidingskosten: { name: 'het bedrag voor opleidingskosten per jaar', example: '600', min: 0, max: 10_000_000 },
  overhead: { unit: '%', min: 0, max: 100, name: 'de opslag voor overhead' },
  verplichtingen: { name: 'het bedrag voor gemeentelijke verplichtingen', example: '1,50', min: 0, max: 100_000 },
  risico: { unit: '%', min: 0, max: 50, name: 'de opslag voor risico en winst' },
  indexatie: { unit: '%', min: 0, max: 50, name: 'de indexatie' },
  tarief: { name: 'het tarief van de gemeente', example: '65,00', min: 0, max: 1_000_000 },
} as const satisfies Record<RealPriceField, MoneyParseOptions | DecimalParseOptions>;

export const WAGE_MISSING = 'Vul het brutosalaris per maand in (of het bruto uurloon), bijvoorbeeld 3.000';
export const WAGE_TWICE = 'Vul het loon per maand of per uur in, niet allebei';

/**
 * The hours basis of the wage, for the label of the wage field and the
 * breakdown: "bij 36 uur per week", "bij 1.700 uur per jaar"; undefined while
 * the hours are not (validly) filled in.
 */
export function hoursBasis(input: Pick<RealPriceInput, 'hoursPerWeek' | 'annualHours'>): string | undefined {
  if (input.annualHours !== undefined) return `bij ${amount(input.annualHours)} uur per jaar`;
  if (input.hoursPerWeek !== undefined) return `bij ${amount(input.hoursPerWeek)} uur per week`;
  return undefined;
}

/** The hours basis from the raw fields, as typed (for the form while it may still hold errors). */
export function hoursBasisOfFields(raw: RawFields<RealPriceField>): string | undefined {
  const read = createFieldReader(raw);
  const annualHours = read.decimal('jaaruren', REAL_PRICE_LIMITS.jaaruren);
  const hoursPerWeek = read.decimal('uren', REAL_PRICE_LIMITS.uren);
  return hoursBasis({ annualHours, hoursPerWeek });
}

/** Fields entered as a percentage; blank means 0. */
type PercentField =
  | 'vakantiegeld'
  | 'eindejaars'
  | 'ort'
  | 'ikb'
  | 'sociale-lasten'
  | 'niet-productief'
  | 'overhead'
  | 'risico'
  | 'indexatie';

export const HOURS_MISSING = 'Vul het aantal uren per week in (of het aantal uren per jaar)';

/** Below one productive hour a week the cost per hour runs into absurd amounts; it is an input mistake. */
export const MIN_PRODUCTIVE_HOURS_PER_YEAR = 52;

export type RealPriceParseResult =
  | { readonly ok: true; readonly input: RealPriceInput }
  | { readonly ok: false; readonly errors: RealPriceErrors };

/**
 * Reads the text inputs / URL parameters. `salaris` and `uren` (or
 * `jaaruren`) are required; other blank fields count as 0, and a blank
 * `tarief` means: no comparison.
 */
export function parseRealPriceFields(raw: RawFields<RealPriceField>): RealPriceParseResult {
  const read = createFieldReader(raw);
  const L = REAL_PRICE_LIMITS;
  const percentField = (field: PercentField): Rational => read.decimal(field, L[field]) ?? ZERO;
  const salaryCentsPerMonth = read.money('salaris', L.salaris);
  const wageCentsPerHour = read.money('uurloon', L.uurloon);
  if (read.blank('salaris') && read.blank('uurloon')) read.fail('salaris', WAGE_MISSING);
  if (!read.blank('salaris') && !read.blank('uurloon')) read.fail('uurloon', WAGE_TWICE);
  const hoursPerWeek = read.decimal('uren', L.uren);
  const annualHours = read.decimal('jaaruren', L.jaaruren);
  if (read.blank('uren') && read.blank('jaaruren')) read.fail('uren', HOURS_MISSING);
  const input = {
    ...(read.blank('salaris') ? { wageCentsPerHour: wageCentsPerHour ?? 0 } : { salaryCentsPerMonth: salaryCentsPerMonth ?? 0 }),
    hoursPerWeek,
    annualHours,
    holidayPayPercent: percentField('vakantiegeld'),
    yearEndBonusPercent: percentField('eindejaars'),
    irregularHoursPercent: percentField('ort'),
    choiceBudgetPercent: percentField('ikb'),
    employerChargesPercent: percentField('sociale-lasten'),
    nonProductivePercent: percentField('niet-productief'),
    travelCentsPerYear: read.money('reiskosten', L.reiskosten) ?? 0,
    trainingCentsPerYear: read.money('opleidingskosten', L.opleidingskosten) ?? 0,
    overheadPercent: percentField('overhead'),
    obligationsCentsPerHour: read.money('verplichtingen', L.verplichtingen) ?? 0,
    riskPercent: percentField('risico'),
    indexationPercent: percentField('indexatie'),
    municipalTariffCents: read.money('tarief', L.tarief),
  } satisfies RealPriceInput;
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  // Limits across fields (too few productive hours) would otherwise throw in calculateRealPrice.
  const errors = validateRealPriceInput(input);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** Checks typed input against the same limits; empty object means valid. */
export function validateRealPriceInput(input: RealPriceInput): RealPriceErrors {
  const L = REAL_PRICE_LIMITS;
  const errors = collectRangeErrors<RealPriceField>([
    { field: 'salaris', cents: input.salaryCentsPerMonth, options: L.salaris },
    { field: 'uurloon', cents: input.wageCentsPerHour, options: L.uurloon },
    { field: 'uren', value: input.hoursPerWeek, options: L.uren },
    { field: 'jaaruren', value: input.annualHours, options: L.jaaruren },
    { field: 'vakantiegeld', value: input.holidayPayPercent, options: L.vakantiegeld },
    { field: 'eindejaars', value: input.yearEndBonusPercent, options: L.eindejaars },
    { field: 'ort', value: input.irregularHoursPercent, options: L.ort },
    { field: 'ikb', value: input.choiceBudgetPercent, options: L.ikb },
    { field: 'sociale-lasten', value: input.employerChargesPercent, options: L['sociale-lasten'] },
    { field: 'niet-productief', value: input.nonProductivePercent, options: L['niet-productief'] },
    { field: 'reiskosten', cents: input.travelCentsPerYear, options: L.reiskosten },
    { field: 'opleidingskosten', cents: input.trainingCentsPerYear, options: L.opleidingskosten },
    { field: 'overhead', value: input.overheadPercent, options: L.overhead },
    { field: 'verplichtingen', cents: input.obligationsCentsPerHour, options: L.verplichtingen },
    { field: 'risico', value: input.riskPercent, options: L.risico },
    { field: 'indexatie', value: input.indexationPercent, options: L.indexatie },
    { field: 'tarief', cents: input.municipalTariffCents, options: L.tarief },
  ]);
  if (input.salaryCentsPerMonth === undefined && input.wageCentsPerHour === undefined && errors.salaris === undefined) errors.salaris = WAGE_MISSING;
  if (input.salaryCentsPerMonth !== undefined && input.wageCentsPerHour !== undefined && errors.uurloon === undefined) errors.uurloon = WAGE_TWICE;
  if (input.hoursPerWeek === undefined && input.annualHours === undefined && errors.uren === undefined) {
    errors.uren = HOURS_MISSING;
  }
  if (!errors.uren && !errors.jaaruren && !errors['niet-productief']) {
    const annual = annualHoursOf(input);
    const productive = sub(annual, percentOf(annual, input.nonProductivePercent));
    if (compare(productive, rational(MIN_PRODUCTIVE_HOURS_PER_YEAR)) < 0) {
      errors['niet-productief'] = `Met deze uren en dit percentage niet-productieve uren blijven er minder dan ${MIN_PRODUCTIVE_HOURS_PER_YEAR} productieve uren per jaar over. Controleer de uren per week (of per jaar) en het percentage niet-productief.`;
    }
  }
  return errors;
}

export type AmvbElement = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
/** The six elements of art. 5.4 lid 3, and the mark-up for risk and profit, which is none of them. */
export type ShareKey = AmvbElement | 'risico';

export interface ElementShare {
  readonly element: ShareKey;
  readonly label: string;
  /** Exact amount per hour in cents. */
  readonly exactCents: Rational;
  /** Rounded so that all six add up to `realTariffCents`. */
  readonly cents: number;
  /** Exact share of the (unrounded) tariff in percent points. */
  readonly percentOfTariff: Rational;
}

export interface TariffComparison {
  readonly municipalTariffCents: number;
  /** Municipal tariff minus real tariff (both in cents as shown); negative means a shortfall. */
  readonly differenceCents: number;
  /** The difference as a percentage of the real tariff (exact). */
  readonly differencePercent: Rational;
  /** Whether the tariff covers the real price; equal counts as covering. */
  readonly verdict: 'dekt' | 'dekt-niet';
  /** Municipal tariff minus cost price per productive hour (both in cents as shown). */
  readonly costDifferenceCents: number;
  /** Whether the tariff covers the cost price; equal counts as covering. */
  readonly costVerdict: 'dekt' | 'dekt-niet';
  /** Names what is compared: "Dit tarief (€ 55,00) dekt de reële prijs (€ 56,64) niet." */
  readonly verdictText: string;
  /** How the tariff relates to the cost price: "Het dekt wel de kostprijs per productief uur (€ 54,99): het is € 0,01 hoger." */
  readonly costText: string;
  /** One sentence with the numbers. */
  readonly summary: string;
}

export interface RealPriceResult {
  readonly steps: readonly BreakdownRow[];
  readonly annualHours: Rational;
  readonly productiveHours: Rational;
  /** Exact cost price per productive hour, in cents (before risk and indexation). */
  readonly exactCostPricePerHour: Rational;
  readonly costPricePerHourCents: number;
  /** Exact real tariff per hour, in cents. */
  readonly exactRealTariff: Rational;
  readonly realTariffCents: number;
  readonly shares: readonly ElementShare[];
  readonly comparison?: TariffComparison;
}

const ELEMENT_LABELS: Record<ShareKey, string> = {
  a: 'a. Kosten van de beroepskracht',
  b: 'b. Redelijke overheadkosten',
  c: 'c. Niet-productieve uren (verlof, ziekte, scholing, werkoverleg)',
  d: 'd. Reis- en opleidingskosten',
  e: 'e. Indexatie',
  f: 'f. Kosten van gemeentelijke verplichtingen',
  risico: 'Opslag voor risico en winst (geen van de elementen a tot en met f)',
};

/** Annual hours from hours per week (× 1.878 / 36), unless given directly. */
export function annualHoursOf(input: Pick<RealPriceInput, 'hoursPerWeek' | 'annualHours'>): Rational {
  if (input.annualHours !== undefined) return input.annualHours;
  if (input.hoursPerWeek === undefined) throw new RangeError(HOURS_MISSING);
  return mul(input.hoursPerWeek, ANNUAL_HOURS_PER_WEEKLY_HOUR);
}

function compareWithMunicipality(realTariffCents: number, costPriceCents: number, municipalTariffCents: number): TariffComparison {
  const money = (cents: number) => formatMoney(cents);
  const differenceCents = municipalTariffCents - realTariffCents;
  const differencePercent = div(mul(rational(differenceCents), HUNDRED), rational(realTariffCents));
  const covers = differenceCents >= 0;
  const gap = money(Math.abs(differenceCents));
  const gapPercent = formatPercent(rational(Math.abs(differenceCents) * 100, realTariffCents), { maximumDecimals: 1 });
  const summary =
    differenceCents === 0
      ? `Het tarief van de gemeente is gelijk aan de reële prijs van ${money(realTariffCents)} per uur.`
      : `Het tarief van de gemeente is ${gap} per uur (${gapPercent}) ${covers ? 'hoger' : 'lager'} dan de reële prijs van ${money(realTariffCents)} per uur.`;
  const costDifferenceCents = municipalTariffCents - costPriceCents;
  const coversCost = costDifferenceCents >= 0;
  const cost = `de kostprijs per productief uur (${money(costPriceCents)})`;
  const costGap = money(Math.abs(costDifferenceCents));
  // The real price is the cost price plus mark-ups (never less), so only these cases occur.
  const costText = covers
    ? `Daarmee dekt het ook ${cost}.`
    : costDifferenceCents === 0
      ? `Het is precies gelijk aan ${cost}: het dekt die dus wel, maar zonder ruimte.`
      : coversCost
        ? `Het dekt wel ${cost}: het is ${costGap} hoger.`
        : `Het dekt ook ${cost} niet: het is ${costGap} lager.`;
  return {
    municipalTariffCents,
    differenceCents,
    differencePercent,
    verdict: covers ? 'dekt' : 'dekt-niet',
    costDifferenceCents,
    costVerdict: coversCost ? 'dekt' : 'dekt-niet',
    verdictText: `Dit tarief (${money(municipalTariffCents)}) dekt de reële prijs (${money(realTariffCents)})${covers ? '' : ' niet'}.`,
    costText,
    summary,
  };
}

/**
 * Computes the real price. Throws RangeError on invalid input: validate with
 * `parseRealPriceFields` or `validateRealPriceInput` first.
 */
export function calculateRealPrice(input: RealPriceInput): RealPriceResult {
  const errors = validateRealPriceInput(input);
  const firstError = Object.values(errors)[0];
  if (firstError !== undefined) throw new RangeError(firstError);

  const annualHours = annualHoursOf(input);
  const basis = hoursBasis(input) ?? '';
  const hourly = input.wageCentsPerHour === undefined ? undefined : rational(input.wageCentsPerHour);
  const annualSalary = hourly === undefined ? mul(rational(input.salaryCentsPerMonth ?? 0), rational(12)) : mul(hourly, annualHours);
  const monthly = div(annualSalary, rational(12));
  const holidayPay = percentOf(annualSalary, input.holidayPayPercent);
  const yearEndBonus = percentOf(annualSalary, input.yearEndBonusPercent);
  const irregularHours = percentOf(annualSalary, input.irregularHoursPercent);
  const choiceBudget = percentOf(annualSalary, input.choiceBudgetPercent);
  const salaryWithAllowances = sum([annualSalary, holidayPay, yearEndBonus, irregularHours, choiceBudget]);
  const employerCharges = percentOf(salaryWithAllowances, input.employerChargesPercent);
  const personnelPerYear = add(salaryWithAllowances, employerCharges);

  const nonProductiveHours = percentOf(annualHours, input.nonProductivePercent);
  const productiveHours = sub(annualHours, nonProductiveHours);
  const personnelPerProductiveHour = div(personnelPerYear, productiveHours);

  const travelAndTraining = rational(input.travelCentsPerYear + input.trainingCentsPerYear);
  const travelAndTrainingPerHour = div(travelAndTraining, productiveHours);
  const directPerHour = add(personnelPerProductiveHour, travelAndTrainingPerHour);
  const overhead = percentOf(directPerHour, input.overheadPercent);
  const obligations = rational(input.obligationsCentsPerHour);
  const costPrice = sum([directPerHour, overhead, obligations]);
  const risk = percentOf(costPrice, input.riskPercent);
  const beforeIndexation = add(costPrice, risk);
  const indexation = percentOf(beforeIndexation, input.indexationPercent);
  const tariff = add(beforeIndexation, indexation);

  const hoursFormula =
    input.annualHours !== undefined
      ? 'Ingevuld aantal uren per jaar voor 1 fte'
      : `${amount(input.hoursPerWeek ?? ZERO)} uur per week × 1.878 ÷ 36 (36 uur per week is 1.878 uur per jaar)`;
  const steps: BreakdownRow[] = [
    ...(hourly === undefined
      ? [
          breakdownRow('salaris', `Brutosalaris per maand (1 fte, ${basis})`, 'Ingevuld, volgens cao-schaal en trede', monthly, 'euro-per-maand'),
          breakdownRow('jaarsalaris', 'Brutosalaris per jaar', `12 × ${euros(monthly)}`, annualSalary, 'euro-per-jaar'),
        ]
      : [
          breakdownRow('uurloon', 'Bruto uurloon', 'Ingevuld, volgens cao-schaal en trede', hourly, 'euro-per-uur'),
          breakdownRow('jaarsalaris', `Brutosalaris per jaar (1 fte, ${basis})`, `${euros(hourly)} × ${amount(annualHours)} uur per jaar`, annualSalary, 'euro-per-jaar'),
          breakdownRow('salaris', 'Brutosalaris per maand (ter vergelijking)', `${euros(annualSalary)} ÷ 12`, monthly, 'euro-per-maand'),
        ]),
    breakdownRow('vakantiegeld', 'Vakantiegeld', `${percent(input.holidayPayPercent)} van het jaarsalaris`, holidayPay, 'euro-per-jaar'),
    breakdownRow('eindejaars', 'Eindejaarsuitkering', `${percent(input.yearEndBonusPercent)} van het jaarsalaris`, yearEndBonus, 'euro-per-jaar'),
    breakdownRow('ort', 'Onregelmatigheidstoeslag (ORT)', `${percent(input.irregularHoursPercent)} van het jaarsalaris`, irregularHours, 'euro-per-jaar'),
    breakdownRow('ikb', 'Individueel keuzebudget (IKB)', `${percent(input.choiceBudgetPercent)} van het jaarsalaris`, choiceBudget, 'euro-per-jaar'),
    breakdownRow('salaris-met-toeslagen', 'Salaris met toeslagen per jaar', 'Jaarsalaris + vakantiegeld + eindejaarsuitkering + ORT + IKB', salaryWithAllowances, 'euro-per-jaar'),
    breakdownRow('sociale-lasten', 'Werkgeverslasten en pensioen', `${percent(input.employerChargesPercent)} van het salaris met toeslagen`, employerCharges, 'euro-per-jaar'),
    breakdownRow('personeelskosten', 'Personeelskosten per jaar (1 fte)', 'Salaris met toeslagen + werkgeverslasten en pensioen', personnelPerYear, 'euro-per-jaar'),
    breakdownRow('jaaruren', 'Uren per jaar (1 fte)', hoursFormula, annualHours, 'uren-per-jaar'),
    breakdownRow('niet-productief', 'Niet-productieve uren per jaar', `${percent(input.nonProductivePercent)} van de uren per jaar (verlof, ziekte, scholing, werkoverleg)`, nonProductiveHours, 'uren-per-jaar'),
    breakdownRow('productieve-uren', 'Productieve uren per jaar', 'Uren per jaar − niet-productieve uren', productiveHours, 'uren-per-jaar'),
    breakdownRow('personeelskosten-per-uur', 'Personeelskosten per productief uur', `${euros(personnelPerYear)} ÷ ${amount(productiveHours)} productieve uren`, personnelPerProductiveHour, 'euro-per-uur'),
    breakdownRow('reis-en-opleiding', 'Reis- en opleidingskosten per jaar (1 fte)', `Reiskosten ${euros(rational(input.travelCentsPerYear))} + opleidingskosten ${euros(rational(input.trainingCentsPerYear))}`, travelAndTraining, 'euro-per-jaar'),
    breakdownRow('reis-en-opleiding-per-uur', 'Reis- en opleidingskosten per productief uur', `${euros(travelAndTraining)} ÷ ${amount(productiveHours)} productieve uren`, travelAndTrainingPerHour, 'euro-per-uur'),
    breakdownRow('directe-kosten', 'Directe kosten per productief uur', 'Personeelskosten + reis- en opleidingskosten per productief uur', directPerHour, 'euro-per-uur'),
    breakdownRow('overhead', 'Overhead', `${percent(input.overheadPercent)} van de directe kosten`, overhead, 'euro-per-uur'),
    breakdownRow('verplichtingen', 'Kosten van gemeentelijke verplichtingen', 'Ingevuld bedrag per productief uur (bijvoorbeeld rapportage en administratie)', obligations, 'euro-per-uur'),
    breakdownRow('kostprijs', 'Kostprijs per productief uur', 'Directe kosten + overhead + gemeentelijke verplichtingen', costPrice, 'euro-per-uur'),
    breakdownRow('risico', 'Opslag voor risico en winst', `${percent(input.riskPercent)} van de kostprijs`, risk, 'euro-per-uur'),
    breakdownRow('indexatie', 'Indexatie naar het tariefjaar', `${percent(input.indexationPercent)} van kostprijs + opslag voor risico en winst`, indexation, 'euro-per-uur'),
    breakdownRow('reele-prijs', 'Reële prijs per uur', 'Kostprijs + opslag voor risico en winst + indexatie', tariff, 'euro-per-uur'),
  ];

  const personnelPerPaidHour = div(personnelPerYear, annualHours);
  const exactShares: Record<ShareKey, Rational> = {
    a: personnelPerPaidHour,
    b: overhead,
    c: sub(personnelPerProductiveHour, personnelPerPaidHour),
    d: travelAndTrainingPerHour,
    e: indexation,
    f: obligations,
    risico: risk,
  };
  const elements: ShareKey[] = ['a', 'b', 'c', 'd', 'e', 'f', 'risico'];
  const roundedShares = roundPartsToTotal(elements.map((element) => exactShares[element]));
  const shares = elements.map((element, index) => ({
    element,
    label: ELEMENT_LABELS[element],
    exactCents: exactShares[element],
    cents: roundedShares[index] ?? 0,
    percentOfTariff: div(mul(exactShares[element], HUNDRED), tariff),
  }));

  const realTariffCents = centsFromExact(tariff);
  const costPricePerHourCents = centsFromExact(costPrice);
  return {
    steps,
    annualHours,
    productiveHours,
    exactCostPricePerHour: costPrice,
    costPricePerHourCents,
    exactRealTariff: tariff,
    realTariffCents,
    shares,
    ...(input.municipalTariffCents === undefined
      ? {}
      : { comparison: compareWithMunicipality(realTariffCents, costPricePerHourCents, input.municipalTariffCents) }),
  };
}
