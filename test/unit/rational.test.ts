import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abs,
  add,
  ceil,
  compare,
  div,
  equals,
  floor,
  isInteger,
  markupFactor,
  mul,
  neg,
  percentOf,
  rational,
  rationalFromNumber,
  roundHalfAwayFromZero,
  sub,
  sum,
  toFixedString,
  toNumber,
  toRational,
} from '../../src/lib/rational.ts';

const smallInt = fc.integer({ min: -1_000_000, max: 1_000_000 });
const positiveInt = fc.integer({ min: 1, max: 1_000_000 });
const arbRational = fc.tuple(smallInt, positiveInt).map(([n, d]) => rational(n, d));

describe('rational', () => {
  it('reduces and normalises the sign into the numerator', () => {
    expect(rational(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, 7)).toEqual({ num: 0n, den: 1n });
  });

  it('refuses a zero denominator and unsafe numbers', () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(0.5)).toThrow(RangeError);
    expect(() => div(rational(1), rational(0))).toThrow(RangeError);
  });

  it('adds 0,1 + 0,2 to exactly 0,3', () => {
    expect(equals(add(rationalFromNumber(0.1), rationalFromNumber(0.2)), rational(3, 10))).toBe(true);
  });

  it('reads numbers by their shortest decimal notation, including exponents', () => {
    expect(rationalFromNumber(8.33)).toEqual({ num: 833n, den: 100n });
    expect(rationalFromNumber(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(rationalFromNumber(1.5e-7)).toEqual({ num: 3n, den: 20_000_000n });
    expect(rationalFromNumber(-2)).toEqual({ num: -2n, den: 1n });
    expect(() => rationalFromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => rationalFromNumber(Infinity)).toThrow(RangeError);
    expect(toRational(5n)).toEqual({ num: 5n, den: 1n });
  });

  it('computes percentages and mark-up factors exactly', () => {
    // 8,33% of 36.000 = 2.998,8
    expect(percentOf(rational(36_000), rational(833, 100))).toEqual(rational(29_988, 10));
    expect(markupFactor(rational(3))).toEqual(rational(103, 100));
  });

  it('rounds half away from zero', () => {
    expect(roundHalfAwayFromZero(rational(5, 2))).toBe(3n);
    expect(roundHalfAwayFromZero(rational(-5, 2))).toBe(-3n);
    expect(roundHalfAwayFromZero(rational(249, 100))).toBe(2n);
    expect(roundHalfAwayFromZero(rational(-251, 100))).toBe(-3n);
    expect(roundHalfAwayFromZero(rational(7))).toBe(7n);
  });

  it('floors and ceils toward the right side for negatives', () => {
    expect(floor(rational(-1, 3))).toBe(-1n);
    expect(floor(rational(7, 2))).toBe(3n);
    expect(ceil(rational(-1, 3))).toBe(0n);
    expect(ceil(rational(7, 2))).toBe(4n);
    expect(ceil(rational(4))).toBe(4n);
  });

  it('writes fixed decimals rounded half away from zero, never "-0"', () => {
    expect(toFixedString(rational(12345, 1000), 2)).toBe('12.35');
    expect(toFixedString(rational(-12345, 1000), 2)).toBe('-12.35');
    expect(toFixedString(rational(-1, 1000), 2)).toBe('0.00');
    expect(toFixedString(rational(1, 3), 0)).toBe('0');
    expect(toFixedString(rational(5, 100), 2)).toBe('0.05');
    expect(() => toFixedString(rational(1), 21)).toThrow(RangeError);
    expect(toNumber(rational(1, 4))).toBe(0.25);
  });

  it('satisfies the field laws (property)', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        expect(sub(add(a, b), b)).toEqual(a);
        if (b.num !== 0n) expect(mul(div(a, b), b)).toEqual(a);
        expect(neg(neg(a))).toEqual(a);
        expect(compare(abs(a), rational(0))).toBeGreaterThanOrEqual(0);
        expect(sum([a, b, c])).toEqual(add(add(a, b), c));
      }),
    );
  });

  it('rounds to within one half of the exact value, and floor ≤ x < floor + 1 (property)', () => {
    fc.assert(
      fc.property(arbRational, (a) => {
        const rounded = rational(roundHalfAwayFromZero(a));
        expect(compare(abs(sub(rounded, a)), rational(1, 2))).toBeLessThanOrEqual(0);
        const f = rational(floor(a));
        expect(compare(f, a)).toBeLessThanOrEqual(0);
        expect(compare(a, add(f, rational(1)))).toBe(-1);
        expect(isInteger(rounded)).toBe(true);
      }),
    );
  });
});
