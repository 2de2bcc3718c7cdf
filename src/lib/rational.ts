/**
 * Exact rational numbers on bigint: the arithmetic core of every calculator.
 *
 * Why: money, percentages and hours must be combined without binary floating
 * point error (0,1 + 0,2 must be 0,3). A value is a reduced fraction num/den
 * with den > 0, so sums, products and quotients are exact and cannot overflow.
 * Rounding happens only at the edge, when a result becomes cents or text,
 * always half away from zero (see `roundHalfAwayFromZero`).
 *
 * Only erasable TypeScript syntax: this file also runs under Node's type stripping.
 */

export interface Rational {
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always > 0 and coprime with `num`. */
  readonly den: bigint;
}

function toBigInt(value: bigint | number, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}`);
  }
  return BigInt(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a reduced fraction. Throws RangeError on a zero denominator. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = toBigInt(num, 'numerator');
  let d = toBigInt(den, 'denominator');
  if (d === 0n) throw new RangeError('Division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);
export const HUNDRED: Rational = rational(100n);

/**
 * Converts a JavaScript number by its shortest decimal notation, so 0.1 becomes
 * exactly 1/10 (what the user meant), not the nearest binary fraction.
 */
export function rationalFromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!match) throw new RangeError(`Cannot read number: ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(sign + whole + fraction);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent));
}

/** Accepts a Rational, an integer bigint or a finite number. */
export function toRational(value: Rational | bigint | number): Rational {
  if (typeof value === 'bigint') return rational(value);
  if (typeof value === 'number') return rationalFromNumber(value);
  return value;
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** Throws RangeError when dividing by zero; callers validate first. */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

export function abs(a: Rational): Rational {
  return a.num < 0n ? neg(a) : a;
}

/** -1, 0 or 1, like a sort comparator. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

export function isNegative(a: Rational): boolean {
  return a.num < 0n;
}

export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

/** `value` percent of `base`: base × value / 100. */
export function percentOf(base: Rational, percent: Rational): Rational {
  return rational(base.num * percent.num, base.den * percent.den * 100n);
}

/** 1 + percent / 100, the factor for a mark-up. */
export function markupFactor(percent: Rational): Rational {
  return add(ONE, div(percent, HUNDRED));
}

/** Largest integer ≤ value. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den; // bigint division truncates toward zero
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** Smallest integer ≥ value. */
export function ceil(a: Rational): bigint {
  return -floor(neg(a));
}

/**
 * Rounds to the nearest integer; exact halves go away from zero
 * (2,5 → 3 and -2,5 → -3), the usual rule for money in the Netherlands.
 */
export function roundHalfAwayFromZero(a: Rational): bigint {
  const magnitude = a.num < 0n ? -a.num : a.num;
  const rounded = (2n * magnitude + a.den) / (2n * a.den);
  return a.num < 0n ? -rounded : rounded;
}

/**
 * Plain decimal notation with exactly `decimals` digits after the point,
 * rounded half away from zero, e.g. "-1234.57". Used to feed Intl exactly.
 */
export function toFixedString(a: Rational, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
  const scale = 10n ** BigInt(decimals);
  const scaled = roundHalfAwayFromZero(mul(a, rational(scale)));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

/** Approximate float, only for things like bar widths; never for money. */
export function toNumber(a: Rational): number {
  return Number(toFixedString(a, 12));
}
