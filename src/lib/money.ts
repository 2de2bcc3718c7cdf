/**
 * Money as integer cents.
 *
 * Representation: a plain `number` holding a safe integer count of cents.
 * Every amount a person can enter is capped (default € 100.000.000 =
 * 10^10 cents), far below Number.MAX_SAFE_INTEGER (≈ 9 × 10^15), so cents fit
 * in a number. Products and quotients (cents × percentage ÷ hours) are never
 * computed on numbers: calculators lift cents into exact bigint `Rational`s
 * (./rational.ts), and only the final result is rounded back to cents with
 * `roundHalfAwayFromZero` / `centsFromExact`.
 *
 * Rounding: half away from zero (€ 0,005 → € 0,01, € -0,005 → € -0,01),
 * only when producing cents.
 *
 * Formatting: Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
 * fed an exact decimal string. ICU versions differ in the space after "€"
 * (U+00A0 or U+202F) and in where the minus goes, so we format the absolute
 * amount, turn any no-break space into an ordinary space and put the minus
 * after the euro sign ourselves: always "€ 1.234,56" and "€ -1.234,56".
 */

import {
  type Rational,
  compare,
  floor,
  rational,
  roundHalfAwayFromZero,
  sub,
  sum,
} from './rational.ts';
import {
  normaliseMinus,
  rationalFromDigits,
  readDutchNumber,
  removeSpaces,
} from './decimal-input.ts';

export { roundHalfAwayFromZero } from './rational.ts';

/** € 100.000.000 in cents: the default ceiling for any amount typed in. */
export const DEFAULT_MAX_CENTS = 10_000_000_000;

export interface MoneyParseOptions {
  /** Accept amounts below zero (default false). */
  readonly allowNegative?: boolean;
  /** Lowest allowed amount in cents, inclusive. */
  readonly min?: number;
  /** Highest allowed amount in cents, inclusive (default € 100.000.000). */
  readonly max?: number;
  /** What the amount is, in Dutch, for messages: "het brutosalaris per maand". */
  readonly name?: string;
  /** Example shown in messages (default "12,50"). */
  readonly example?: string;
}

export type MoneyParseResult =
  | { readonly ok: true; readonly cents: number }
  | { readonly ok: false; readonly error: string };

function subjectOf(options: MoneyParseOptions): string {
  const name = options.name ?? 'het bedrag';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function missingMessage(options: MoneyParseOptions): string {
  return `Vul ${options.name ?? 'een bedrag'} in, bijvoorbeeld ${options.example ?? '12,50'}`;
}

function notAnAmountMessage(options: MoneyParseOptions): string {
  return `Vul een bedrag in met alleen cijfers, bijvoorbeeld ${options.example ?? '12,50'}`;
}

/** Optional sign and "€"/"EUR"/"euro" around the number, in either order. */
const AMOUNT_SHAPE = /^([+-]?)(?:€|euro|eur)?([+-]?)(.*?)(?:€|euros|euro|eur)?$/i;

/**
 * Reads an amount in euros as typed in the Netherlands: "12,50", "1.234,56",
 * "€ 65", "€65,-", "65", " 1 234,56 ", and "12.50" (one dot followed by one
 * or two digits is a decimal mark; "1.234" is 1234 euros).
 */
export function parseMoney(input: string, options: MoneyParseOptions = {}): MoneyParseResult {
  const max = options.max ?? DEFAULT_MAX_CENTS;
  const text = normaliseMinus(removeSpaces(typeof input === 'string' ? input : ''));
  if (text === '') return { ok: false, error: missingMessage(options) };
  const notAnAmount = notAnAmountMessage(options);
  const shape = AMOUNT_SHAPE.exec(text);
  if (!shape) return { ok: false, error: notAnAmount };
  const [, signBefore = '', signAfter = '', rawNumber = ''] = shape;
  if (signBefore !== '' && signAfter !== '') return { ok: false, error: notAnAmount };
  // "65,-" and "65,--" mean whole euros.
  const numberText = rawNumber.replace(/^(\d[\d.]*),-{1,2}$/, '$1,00');
  const digits = readDutchNumber(numberText);
  if (!digits.ok) {
    if (digits.reason === 'empty') return { ok: false, error: missingMessage(options) };
    if (digits.reason === 'characters') return { ok: false, error: notAnAmount };
    return { ok: false, error: 'Gebruik een komma voor de centen en punten voor duizendtallen, bijvoorbeeld 1.234,56' };
  }
  if (digits.fractionDigits.length > 2) {
    return { ok: false, error: 'Een bedrag heeft hoogstens twee cijfers achter de komma, bijvoorbeeld 12,50' };
  }
  const negative = (signBefore || signAfter) === '-';
  const exact = rationalFromDigits(digits, negative);
  const cents = exact.num * 100n / exact.den; // exact: at most two decimals
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: tooLarge(max, options) };
  const rangeError = checkMoneyRange(Number(cents), options);
  if (rangeError !== undefined) return { ok: false, error: rangeError };
  return { ok: true, cents: Number(cents) };
}

function tooLarge(max: number, options: MoneyParseOptions): string {
  return `${subjectOf(options)} is te groot (maximaal ${formatMoney(max, { trimZeroCents: true })})`;
}

/**
 * The range part of `parseMoney`, for amounts that did not come from text.
 * Returns a Dutch message, or undefined when the amount is allowed.
 */
export function checkMoneyRange(cents: number, options: MoneyParseOptions = {}): string | undefined {
  const max = options.max ?? DEFAULT_MAX_CENTS;
  const Subject = subjectOf(options);
  if (!Number.isSafeInteger(cents)) return `${Subject} moet in hele centen zijn`;
  if (cents < 0 && options.allowNegative !== true) return `${Subject} mag niet negatief zijn`;
  if (cents > max) return tooLarge(max, options);
  const lowest = options.min ?? (options.allowNegative === true ? -max : 0);
  if (cents < lowest) {
    const limit = formatMoney(lowest, { trimZeroCents: true });
    return lowest >= 0 ? `${Subject} moet minstens ${limit} zijn` : `${Subject} is te laag (minimaal ${limit})`;
  }
  return undefined;
}

export interface MoneyFormatOptions {
  /** Write whole euros without ",00" ("€ 65"); default false. */
  readonly trimZeroCents?: boolean;
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Cents → "€ 1.234,56" (nl-NL, ordinary space, minus after the euro sign). */
export function formatMoney(cents: number | bigint, options: MoneyFormatOptions = {}): string {
  if (typeof cents === 'number' && !Number.isSafeInteger(cents)) {
    throw new RangeError(`cents must be a safe integer, got ${cents}`);
  }
  const value = BigInt(cents);
  const magnitude = value < 0n ? -value : value;
  const decimal = `${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
  let text = EURO.format(decimal as `${number}`).replace(/[\u00A0\u202F]/g, ' ');
  if (options.trimZeroCents === true && magnitude % 100n === 0n) text = text.replace(/,00$/, '');
  return value < 0n ? text.replace(/^€ ?/, '€ -') : text;
}

/** Exact amount in cents as a Rational, to compute with. */
export function exactFromCents(cents: number | bigint): Rational {
  return rational(cents);
}

/** Rounds an exact amount of cents half away from zero to a safe integer. */
export function centsFromExact(exactCents: Rational): number {
  const rounded = roundHalfAwayFromZero(exactCents);
  if (rounded > BigInt(Number.MAX_SAFE_INTEGER) || rounded < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError('Amount too large to represent in cents');
  }
  return Number(rounded);
}

/**
 * Rounds exact parts to whole cents so that they add up to exactly the
 * rounded total (largest remainder method). Plain rounding of each part can
 * be a cent off in the sum; here the cents left over go to the parts with
 * the largest fractions (earlier parts first on a tie).
 */
export function roundPartsToTotal(exactParts: readonly Rational[]): number[] {
  const total = roundHalfAwayFromZero(sum(exactParts));
  const floors = exactParts.map(floor);
  let leftOver = total - floors.reduce((a, b) => a + b, 0n);
  const order = exactParts
    .map((part, index) => ({ index, remainder: sub(part, rational(floors[index] ?? 0n)) }))
    .sort((a, b) => compare(b.remainder, a.remainder) || a.index - b.index);
  const result = floors.slice();
  for (const { index } of order) {
    if (leftOver <= 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    leftOver -= 1n;
  }
  return result.map((cents) => centsFromExact(rational(cents)));
}

