/**
 * Yearly tariff indexation as most regions apply it to Wmo tariffs:
 * a weighted mix of the OVA (personnel costs, default weight 90%) and the
 * price index of private consumption, PCC (material costs, the rest), using
 * the provisional figures for the new year, plus a correction for last year:
 * last year's definitive weighted figure minus its provisional one.
 *
 *   weighted(x) = w × OVA(x) + (1 − w) × PCC(x)
 *   additive (default):  index = weighted(new, prov.) + [weighted(prev, def.) − weighted(prev, prov.)]
 *   multiplicative:      1 + index = (1 + weighted(new, prov.)) × (1 + weighted(prev, def.)) ÷ (1 + weighted(prev, prov.))
 *
 * Some publications compute the correction multiplicatively, so both are
 * offered; the difference is usually a few hundredths of a percent point.
 *
 * Exactness: all figures are exact rationals in percent points; only the
 * indexed tariff is rounded to cents, half away from zero.
 */

import { type DecimalParseOptions, formatNumber } from '../decimal-input.ts';
import { type MoneyParseOptions, centsFromExact } from '../money.ts';
import {
  type Rational,
  HUNDRED,
  ONE,
  add,
  div,
  markupFactor,
  mul,
  rational,
  sub,
} from '../rational.ts';
import { type BreakdownRow, breakdownRow, euros, percent } from './breakdown.ts';
import { type FieldErrors, type RawFields, collectRangeErrors, createFieldReader } from './form-fields.ts';

/** Input names, identical to the URL parameters of /rekenhulpen/indexatie/. */
export const INDEXATION_FIELDS = [
  'ova-vorig-voorlopig',
  'ova-vorig-definitief',
  'pcc-vorig-voorlopig',
  'pcc-vorig-definitief',
  'ova-voorlopig',
  'pcc-voorlopig',
  'gewicht-ova',
  'tarief',
  'correctie',
] as const;

export type IndexationField = (typeof INDEXATION_FIELDS)[number];
export type IndexationErrors = FieldErrors<IndexationField>;
export type CorrectionMethod = 'additive' | 'multiplicative';

/** URL values of `correctie`. */
export const CORRECTION_METHOD_PARAM: Record<string, CorrectionMethod> = {
  optellen: 'additive',
  vermenigvuldigen: 'multiplicative',
};

export const DEFAULT_OVA_WEIGHT_PERCENT: Rational = rational(90);

/** All figures in percent points (4,48 means 4,48%). */
export interface IndexationInput {
  readonly ovaWeightPercent: Rational;
  readonly previousOvaProvisional: Rational;
  readonly previousOvaDefinitive: Rational;
  readonly previousPccProvisional: Rational;
  readonly previousPccDefinitive: Rational;
  readonly ovaProvisional: Rational;
  readonly pccProvisional: Rational;
  /** Tariff to index, in cents; optional. */
  readonly tariffCents?: number;
  /** Default 'additive'. */
  readonly correction?: CorrectionMethod;
}

const INDEX_FIGURE = { unit: '%', min: -20, max: 50 } as const;

export const INDEXATION_LIMITS = {
  'ova-vorig-voorlopig': { ...INDEX_FIGURE, name: 'de voorlopige OVA van vorig jaar' },
  'ova-vorig-definitief': { ...INDEX_FIGURE, name: 'de definitieve OVA van vorig jaar' },
  'pcc-vorig-voorlopig': { ...INDEX_FIGURE, name: 'de voorlopige PCC van vorig jaar' },
  'pcc-vorig-definitief': { ...INDEX_FIGURE, name: 'de definitieve PCC van vorig jaar' },
  'ova-voorlopig': { ...INDEX_FIGURE, name: 'de voorlopige OVA voor het nieuwe jaar' },
  'pcc-voorlopig': { ...INDEX_FIGURE, name: 'de voorlopige PCC voor het nieuwe jaar' },
  'gewicht-ova': { unit: '%', min: 0, max: 100, name: 'het gewicht van de OVA' },
  tarief: { name: 'het tarief', example: '65,00', min: 0, max: 10_000_000 },
} as const satisfies Record<Exclude<IndexationField, 'correctie'>, MoneyParseOptions | DecimalParseOptions>;

const FIGURE_FIELDS = [
  'ova-vorig-voorlopig',
  'ova-vorig-definitief',
  'pcc-vorig-voorlopig',
  'pcc-vorig-definitief',
  'ova-voorlopig',
  'pcc-voorlopig',
] as const;

export type IndexationParseResult =
  | { readonly ok: true; readonly input: IndexationInput }
  | { readonly ok: false; readonly errors: IndexationErrors };

/**
 * Reads the text inputs / URL parameters. The six index figures are
 * required; `gewicht-ova` defaults to 90; `tarief` is optional;
 * `correctie` is `optellen` (default) or `vermenigvuldigen`.
 */
export function parseIndexationFields(raw: RawFields<IndexationField>): IndexationParseResult {
  const read = createFieldReader(raw);
  const figures = Object.fromEntries(
    FIGURE_FIELDS.map((field) => {
      const limits = INDEXATION_LIMITS[field];
      return [field, read.decimal(field, { ...limits, required: `Vul ${limits.name} in, bijvoorbeeld 3,5` })];
    }),
  ) as Record<(typeof FIGURE_FIELDS)[number], Rational | undefined>;
  const ovaWeightPercent = read.decimal('gewicht-ova', INDEXATION_LIMITS['gewicht-ova']) ?? DEFAULT_OVA_WEIGHT_PERCENT;
  const tariffCents = read.money('tarief', INDEXATION_LIMITS.tarief);
  let correction: CorrectionMethod = 'additive';
  if (!read.blank('correctie')) {
    const method = CORRECTION_METHOD_PARAM[(raw.correctie ?? '').trim().toLowerCase()];
    if (method === undefined) read.fail('correctie', 'Kies voor de correctie "optellen" of "vermenigvuldigen"');
    else correction = method;
  }
  const values = [
    figures['ova-vorig-voorlopig'],
    figures['ova-vorig-definitief'],
    figures['pcc-vorig-voorlopig'],
    figures['pcc-vorig-definitief'],
    figures['ova-voorlopig'],
    figures['pcc-voorlopig'],
  ] as const;
  const [previousOvaProvisional, previousOvaDefinitive, previousPccProvisional, previousPccDefinitive, ovaProvisional, pccProvisional] = values;
  if (
    Object.keys(read.errors).length > 0 ||
    previousOvaProvisional === undefined ||
    previousOvaDefinitive === undefined ||
    previousPccProvisional === undefined ||
    previousPccDefinitive === undefined ||
    ovaProvisional === undefined ||
    pccProvisional === undefined
  ) {
    return { ok: false, errors: read.errors };
  }
  return {
    ok: true,
    input: {
      ovaWeightPercent,
      previousOvaProvisional,
      previousOvaDefinitive,
      previousPccProvisional,
      previousPccDefinitive,
      ovaProvisional,
      pccProvisional,
      correction,
      ...(tariffCents === undefined ? {} : { tariffCents }),
    },
  };
}

/** Checks typed input against the same limits; empty object means valid. */
export function validateIndexationInput(input: IndexationInput): IndexationErrors {
  const L = INDEXATION_LIMITS;
  return collectRangeErrors<IndexationField>([
    { field: 'ova-vorig-voorlopig', value: input.previousOvaProvisional, options: L['ova-vorig-voorlopig'] },
    { field: 'ova-vorig-definitief', value: input.previousOvaDefinitive, options: L['ova-vorig-definitief'] },
    { field: 'pcc-vorig-voorlopig', value: input.previousPccProvisional, options: L['pcc-vorig-voorlopig'] },
    { field: 'pcc-vorig-definitief', value: input.previousPccDefinitive, options: L['pcc-vorig-definitief'] },
    { field: 'ova-voorlopig', value: input.ovaProvisional, options: L['ova-voorlopig'] },
    { field: 'pcc-voorlopig', value: input.pccProvisional, options: L['pcc-voorlopig'] },
    { field: 'gewicht-ova', value: input.ovaWeightPercent, options: L['gewicht-ova'] },
    { field: 'tarief', cents: input.tariffCents, options: L.tarief },
  ]);
}

export interface IndexationResult {
  readonly correctionMethod: CorrectionMethod;
  readonly ovaWeightPercent: Rational;
  readonly pccWeightPercent: Rational;
  readonly weightedPreviousProvisional: Rational;
  readonly weightedPreviousDefinitive: Rational;
  readonly weightedProvisional: Rational;
  /** Correction for last year, in percent points (for 'multiplicative': (1 + def.) ÷ (1 + prov.) − 1). */
  readonly correctionPercent: Rational;
  /** The index to apply, exact, in percent points. */
  readonly indexPercent: Rational;
  readonly indexedTariffCents?: number;
  /** Indexed tariff minus the original tariff. */
  readonly increaseCents?: number;
  readonly steps: readonly BreakdownRow[];
  /** The method in plain Dutch, including the other way of correcting. */
  readonly method: string;
}

/** w × OVA + (100 − w) × PCC, all in percent points. */
export function weightedFigure(ovaWeightPercent: Rational, ova: Rational, pcc: Rational): Rational {
  const pccWeight = sub(HUNDRED, ovaWeightPercent);
  return div(add(mul(ovaWeightPercent, ova), mul(pccWeight, pcc)), HUNDRED);
}

function describeMethod(ovaWeight: Rational, pccWeight: Rational, method: CorrectionMethod): string {
  const weights = `${formatNumber(ovaWeight, { maximumDecimals: 4 })}% OVA en ${formatNumber(pccWeight, { maximumDecimals: 4 })}% PCC`;
  const base =
    'De index is een gewogen gemiddelde van twee cijfers: de OVA (overheidsbijdrage in de arbeidskostenontwikkeling) ' +
    'voor de personeelskosten en de prijsindex van de particuliere consumptie (PCC) voor de materiële kosten. ' +
    `Het gewicht is ${weights}. We nemen het voorlopige gewogen cijfer voor het nieuwe jaar. ` +
    'Daarbij komt een correctie voor vorig jaar: het verschil tussen het definitieve en het voorlopige gewogen cijfer van vorig jaar. ' +
    'Zo wordt een te hoge of te lage index van vorig jaar alsnog rechtgezet. ';
  return method === 'additive'
    ? base +
        'Hier tellen we de correctie op bij het nieuwe cijfer. Sommige publicaties rekenen de correctie anders: ' +
        'zij vermenigvuldigen (1 + nieuw cijfer) × (1 + definitief cijfer) ÷ (1 + voorlopig cijfer) en trekken er 1 af. ' +
        'Het verschil is meestal een paar honderdsten procent.'
    : base +
        'Hier vermenigvuldigen we: (1 + nieuw cijfer) × (1 + definitief cijfer) ÷ (1 + voorlopig cijfer), min 1. ' +
        'Veel regio’s tellen de correctie gewoon op bij het nieuwe cijfer; het verschil is meestal een paar honderdsten procent.';
}

/** Throws RangeError on invalid input: validate first. */
export function calculateIndexation(input: IndexationInput): IndexationResult {
  const firstError = Object.values(validateIndexationInput(input))[0];
  if (firstError !== undefined) throw new RangeError(firstError);
  const method = input.correction ?? 'additive';
  const w = input.ovaWeightPercent;
  const pccWeight = sub(HUNDRED, w);
  const previousProvisional = weightedFigure(w, input.previousOvaProvisional, input.previousPccProvisional);
  const previousDefinitive = weightedFigure(w, input.previousOvaDefinitive, input.previousPccDefinitive);
  const provisional = weightedFigure(w, input.ovaProvisional, input.pccProvisional);

  let correction: Rational;
  let index: Rational;
  if (method === 'additive') {
    correction = sub(previousDefinitive, previousProvisional);
    index = add(provisional, correction);
  } else {
    const correctionFactor = div(markupFactor(previousDefinitive), markupFactor(previousProvisional));
    correction = mul(sub(correctionFactor, ONE), HUNDRED);
    index = mul(sub(mul(markupFactor(provisional), correctionFactor), ONE), HUNDRED);
  }

  const weighting = (ova: string, pcc: string) => `${percent(w)} × ${ova} + ${percent(pccWeight)} × ${pcc}`;
  const steps: BreakdownRow[] = [
    breakdownRow('vorig-voorlopig', 'Gewogen cijfer vorig jaar, voorlopig', weighting(`OVA ${percent(input.previousOvaProvisional)}`, `PCC ${percent(input.previousPccProvisional)}`), previousProvisional, 'procent'),
    breakdownRow('vorig-definitief', 'Gewogen cijfer vorig jaar, definitief', weighting(`OVA ${percent(input.previousOvaDefinitive)}`, `PCC ${percent(input.previousPccDefinitive)}`), previousDefinitive, 'procent'),
    breakdownRow('correctie', 'Correctie voor vorig jaar', method === 'additive' ? 'Definitief gewogen cijfer − voorlopig gewogen cijfer van vorig jaar' : '(1 + definitief cijfer) ÷ (1 + voorlopig cijfer) − 1, voor vorig jaar', correction, 'procent'),
    breakdownRow('nieuw-voorlopig', 'Gewogen cijfer nieuw jaar, voorlopig', weighting(`OVA ${percent(input.ovaProvisional)}`, `PCC ${percent(input.pccProvisional)}`), provisional, 'procent'),
    breakdownRow('index', 'Index voor het nieuwe jaar', method === 'additive' ? 'Voorlopig gewogen cijfer nieuw jaar + correctie' : '(1 + voorlopig gewogen cijfer nieuw jaar) × (1 + correctie) − 1', index, 'procent'),
  ];

  let tariffPart: Pick<IndexationResult, 'indexedTariffCents' | 'increaseCents'> = {};
  if (input.tariffCents !== undefined) {
    const tariff = rational(input.tariffCents);
    const indexed = mul(tariff, markupFactor(index));
    const indexedTariffCents = centsFromExact(indexed);
    tariffPart = { indexedTariffCents, increaseCents: indexedTariffCents - input.tariffCents };
    steps.push(breakdownRow('tarief', 'Geïndexeerd tarief', `${euros(tariff)} × (1 + ${percent(index)})`, indexed, 'euro'));
  }

  return {
    correctionMethod: method,
    ovaWeightPercent: w,
    pccWeightPercent: pccWeight,
    weightedPreviousProvisional: previousProvisional,
    weightedPreviousDefinitive: previousDefinitive,
    weightedProvisional: provisional,
    correctionPercent: correction,
    indexPercent: index,
    ...tariffPart,
    steps,
    method: describeMethod(w, pccWeight, method),
  };
}
