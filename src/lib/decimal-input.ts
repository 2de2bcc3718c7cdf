/**
 * Reading and writing Dutch numbers and percentages ("8,5", "1.878", "8 %").
 *
 * Exactness: a parsed number is a `Rational` (see ./rational.ts): "8,33"
 * becomes exactly 833/100, never a binary float. Formatting rounds half away
 * from zero to the requested number of decimals, on the exact value, and only
 * then hands a decimal string to Intl.NumberFormat('nl-NL') for the grouping.
 *
 * Dutch notation rules (shared with ./money.ts through `readDutchNumber`):
 * - the comma is the decimal mark, dots and spaces group thousands: 1.234,56;
 * - without a comma, a single dot followed by exactly 1 or 2 digits is a
 *   decimal mark (12.50, 8.5), and so is a dot after a lone 0 (0.125);
 *   otherwise dots must group thousands (1.878 is one thousand eight hundred
 *   seventy-eight); anything else is refused rather than guessed.
 */

import {
  type Rational,
  compare,
  isInteger,
  isNegative,
  rational,
  toFixedString,
  toRational,
} from './rational.ts';

/** Digits before and after the decimal mark, without sign or grouping. */
export interface DutchNumberDigits {
  readonly integerDigits: string;
  readonly fractionDigits: string;
}

export type DutchNumberSyntaxError = 'empty' | 'characters' | 'commas' | 'grouping' | 'ambiguous-dot';

export type DutchNumberReadResult =
  | ({ readonly ok: true } & DutchNumberDigits)
  | { readonly ok: false; readonly reason: DutchNumberSyntaxError };

const THOUSANDS_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;

function readIntegerPart(text: string): string | null {
  if (/^\d*$/.test(text)) return text;
  if (THOUSANDS_GROUPED.test(text)) return text.replaceAll('.', '');
  return null;
}

/**
 * Reads the digits of an unsigned Dutch number written without spaces,
 * e.g. "1.234,56", "12.50", "1.878", ",5". Sign, currency and unit are the
 * caller's business.
 */
export function readDutchNumber(text: string): DutchNumberReadResult {
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: 'characters' };
  const commaCount = text.split(',').length - 1;
  if (commaCount > 1) return { ok: false, reason: 'commas' };
  if (commaCount === 1) {
    const [before = '', after = ''] = text.split(',');
    const integerDigits = readIntegerPart(before);
    if (integerDigits === null || !/^\d*$/.test(after)) return { ok: false, reason: 'grouping' };
    return { ok: true, integerDigits: integerDigits || '0', fractionDigits: after };
  }
  const parts = text.split('.');
  if (parts.length === 1) return { ok: true, integerDigits: text, fractionDigits: '' };
  if (parts.length === 2) {
    const [before = '', after = ''] = parts;
    const shortFraction = after.length >= 1 && after.length <= 2;
    if (shortFraction || /^0*$/.test(before)) {
      if (after === '') return { ok: false, reason: 'ambiguous-dot' };
      return { ok: true, integerDigits: before || '0', fractionDigits: after };
    }
  }
  if (THOUSANDS_GROUPED.test(text)) {
    return { ok: true, integerDigits: text.replaceAll('.', ''), fractionDigits: '' };
  }
  return { ok: false, reason: 'ambiguous-dot' };
}

/** Exact value of read digits: "1234" and "56" → 1234,56. */
export function rationalFromDigits(digits: DutchNumberDigits, negative = false): Rational {
  const magnitude = BigInt((digits.integerDigits || '0') + digits.fractionDigits);
  return rational(negative ? -magnitude : magnitude, 10n ** BigInt(digits.fractionDigits.length));
}

/** Removes every kind of space, so "1 234,56" and "8 %" read as typed. */
export function removeSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u2009\u202F]/g, '');
}

/** Unicode minus and dashes count as a minus sign. */
export function normaliseMinus(text: string): string {
  return text.replace(/[\u2212\u2012\u2013\u2014]/g, '-');
}

export interface DecimalParseOptions {
  /** Lowest allowed value (inclusive unless `exclusiveMin`). */
  readonly min?: Rational | number;
  /** Highest allowed value (inclusive unless `exclusiveMax`). */
  readonly max?: Rational | number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  /** Negative numbers are refused unless allowed here or by a negative `min`. */
  readonly allowNegative?: boolean;
  /** Only whole numbers. */
  readonly integer?: boolean;
  /** At most this many digits after the decimal mark (default 6). */
  readonly maxDecimals?: number;
  /**
   * Unit shown in messages and accepted after the number, e.g. '%' or 'uur'.
   * With '%' the word "procent" is accepted too.
   */
  readonly unit?: string;
  /** What the number is, in Dutch, for messages: "het aantal uren per week". */
  readonly name?: string;
}

export type DecimalParseResult =
  | { readonly ok: true; readonly value: Rational }
  | { readonly ok: false; readonly error: string };

const DEFAULT_MAX_DECIMALS = 6;
/** Beyond this many integer digits a number is absurd for any calculator here. */
const MAX_INTEGER_DIGITS = 15;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withUnit(value: Rational, unit: string | undefined): string {
  const number = formatNumber(value, { maximumDecimals: DEFAULT_MAX_DECIMALS });
  if (unit === undefined || unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

function stripUnit(text: string, unit: string | undefined): string {
  if (unit === undefined || unit === '') return text;
  const lower = text.toLowerCase();
  const suffixes = unit === '%' ? ['%', 'procent'] : [removeSpaces(unit).toLowerCase()];
  for (const suffix of suffixes) {
    if (suffix !== '' && lower.endsWith(suffix)) return text.slice(0, text.length - suffix.length);
  }
  return text;
}

function syntaxError(reason: DutchNumberSyntaxError, subject: string, example: string): string {
  switch (reason) {
    case 'empty':
      return `Vul ${subject} in, bijvoorbeeld ${example}`;
    case 'characters':
      return `Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld ${example}`;
    case 'commas':
      return `Gebruik maar één komma, voor de decimalen, bijvoorbeeld ${example}`;
    case 'grouping':
      return `Gebruik een komma voor decimalen en punten voor duizendtallen, bijvoorbeeld 1.234,5`;
    case 'ambiguous-dot':
      return `Gebruik een komma voor decimalen, bijvoorbeeld ${example}`;
  }
}

/**
 * A percentage typed as "8.125" reads as 8125 (a dot before three digits
 * groups thousands). When that is out of range but 8,125 would be fine,
 * say so: that is almost certainly what was meant.
 */
function commaHint(text: string, negative: boolean, options: DecimalParseOptions): string {
  if (options.unit !== '%' || !/^\d{1,3}\.\d{3}$/.test(text)) return '';
  const [whole = '', fraction = ''] = text.split('.');
  const alternative = rationalFromDigits({ integerDigits: whole, fractionDigits: fraction }, negative);
  if (checkDecimalRange(alternative, options) !== undefined) return '';
  return `. Bedoelt u ${negative ? '-' : ''}${whole},${fraction}? Gebruik dan een komma.`;
}

/**
 * Reads a Dutch number or percentage typed by a person, e.g. "8,5 %",
 * "8.5", "1.878", "-2,1". Errors are plain Dutch and say what is wrong.
 */
export function parseDecimal(input: string, options: DecimalParseOptions = {}): DecimalParseResult {
  const { unit, integer = false, maxDecimals = DEFAULT_MAX_DECIMALS } = options;
  const subject = options.name ?? (unit === '%' ? 'het percentage' : 'het getal');
  const Subject = capitalise(subject);
  const example = integer ? '12' : unit === '%' ? '8,5' : '12,5';
  let text = normaliseMinus(removeSpaces(typeof input === 'string' ? input : ''));
  text = stripUnit(text, unit);
  let negative = false;
  if (text.startsWith('-') || text.startsWith('+')) {
    negative = text.startsWith('-');
    text = text.slice(1);
  }
  const digits = readDutchNumber(text);
  if (!digits.ok) return { ok: false, error: syntaxError(digits.reason, subject, example) };
  if (digits.integerDigits.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) {
    return { ok: false, error: `${Subject} is veel te groot` };
  }
  const value = rationalFromDigits(digits, negative);
  if (integer && !isInteger(value)) {
    return { ok: false, error: `Vul een heel getal in, zonder komma, bijvoorbeeld ${example}` };
  }
  if (digits.fractionDigits.replace(/0+$/, '').length > maxDecimals) {
    return { ok: false, error: `Gebruik hoogstens ${maxDecimals} cijfers achter de komma` };
  }
  const rangeError = checkDecimalRange(value, options);
  if (rangeError !== undefined) {
    return { ok: false, error: rangeError + commaHint(text, negative, options) };
  }
  return { ok: true, value };
}

/**
 * The range part of `parseDecimal`, for values that did not come from text
 * (e.g. a typed API call). Returns a Dutch message, or undefined when fine.
 */
export function checkDecimalRange(value: Rational, options: DecimalParseOptions = {}): string | undefined {
  const { unit } = options;
  const Subject = capitalise(options.name ?? (unit === '%' ? 'het percentage' : 'het getal'));
  if (options.integer === true && !isInteger(value)) return `${Subject} moet een heel getal zijn`;
  const min = options.min === undefined ? undefined : toRational(options.min);
  const max = options.max === undefined ? undefined : toRational(options.max);
  const negativeAllowed = options.allowNegative === true || (min !== undefined && isNegative(min));
  if (isNegative(value) && !negativeAllowed) return `${Subject} mag niet negatief zijn`;
  if (min !== undefined) {
    const order = compare(value, min);
    if (options.exclusiveMin === true && order <= 0) return `${Subject} moet groter zijn dan ${withUnit(min, unit)}`;
    if (order < 0) return `${Subject} mag niet kleiner zijn dan ${withUnit(min, unit)}`;
  }
  if (max !== undefined) {
    const order = compare(value, max);
    if (options.exclusiveMax === true && order >= 0) return `${Subject} moet kleiner zijn dan ${withUnit(max, unit)}`;
    if (order > 0) return `${Subject} mag niet groter zijn dan ${withUnit(max, unit)}`;
  }
  return undefined;
}

export interface NumberFormatOptions {
  /** Round (half away from zero) to at most this many decimals; default 2. */
  readonly maximumDecimals?: number;
  /** Always show at least this many decimals; default 0. */
  readonly minimumDecimals?: number;
}

/**
 * nl-NL notation, e.g. 1234.5 → "1.234,5". Rounds the exact value half away
 * from zero; the minus sign is always the ASCII hyphen-minus for determinism.
 */
export function formatNumber(value: Rational | bigint | number, options: NumberFormatOptions = {}): string {
  const maximumDecimals = options.maximumDecimals ?? 2;
  const minimumDecimals = Math.min(options.minimumDecimals ?? 0, maximumDecimals);
  const fixed = toFixedString(toRational(value), maximumDecimals);
  const formatter = new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: minimumDecimals,
    maximumFractionDigits: maximumDecimals,
    useGrouping: true,
  });
  // The string overload keeps all digits exact; "-0.00" must not show as "-0".
  const text = /^-0(\.0*)?$/.test(fixed) ? formatter.format(fixed.slice(1) as `${number}`) : formatter.format(fixed as `${number}`);
  return normaliseMinus(text.replace(/[\u00A0\u202F]/g, ' '));
}

/**
 * A percentage given in percent points (8.5 means 8,5%) → "8,5%", the way
 * Intl.NumberFormat('nl-NL', { style: 'percent' }) writes it, without a space.
 */
export function formatPercent(value: Rational | bigint | number, options: NumberFormatOptions = {}): string {
  return `${formatNumber(value, options)}%`;
}
