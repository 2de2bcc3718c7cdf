import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CENTS,
  centsFromExact,
  checkMoneyRange,
  exactFromCents,
  formatMoney,
  parseMoney,
  roundHalfAwayFromZero,
  roundPartsToTotal,
} from '../../src/lib/money.ts';
import { rational, sum } from '../../src/lib/rational.ts';

function cents(input: string, options?: Parameters<typeof parseMoney>[1]): number {
  const result = parseMoney(input, options);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${result.error}`);
  return result.cents;
}

function error(input: string, options?: Parameters<typeof parseMoney>[1]): string {
  const result = parseMoney(input, options);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to fail, got ${result.cents}`);
  return result.error;
}

describe('parseMoney: Dutch input', () => {
  it.each([
    ['12,50', 1250],
    ['1.234,56', 123456],
    ['€ 65', 6500],
    ['€65,-', 6500],
    ['€ 65,–', 6500],
    ['65,--', 6500],
    ['65', 6500],
    [' 1 234,56 ', 123456],
    ['1\u00A0234,56', 123456],
    ['12.50', 1250],
    ['12.5', 1250],
    ['1.5', 150],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['1.234.567,8', 123456780],
    ['0,05', 5],
    [',5', 50],
  ])('reads %j as %i cents', (input, expected) => {
    expect(cents(input)).toBe(expected);
  });

  it('accepts the euro sign or the word euro before or after, in any case', () => {
    expect(cents('EUR 12,50')).toBe(1250);
    expect(cents('12,50 €')).toBe(1250);
    expect(cents('12 euro')).toBe(1200);
    expect(cents('euro 12')).toBe(1200);
    expect(cents('+€ 3')).toBe(300);
  });

  it('reads negative amounts with the sign before or after the euro sign when allowed', () => {
    const allow = { allowNegative: true };
    expect(cents('-€ 3', allow)).toBe(-300);
    expect(cents('€ -3,5', allow)).toBe(-350);
    expect(cents('- € 1.234,56', allow)).toBe(-123456);
    expect(cents('\u2212 12', allow)).toBe(-1200);
    expect(cents('-0', allow)).toBe(0);
  });

  it('gives a clear Dutch error for empty input', () => {
    expect(error('')).toBe('Vul een bedrag in, bijvoorbeeld 12,50');
    expect(error('   ')).toBe('Vul een bedrag in, bijvoorbeeld 12,50');
    expect(error('€')).toBe('Vul een bedrag in, bijvoorbeeld 12,50');
    expect(error('', { name: 'het brutosalaris', example: '3.000' })).toBe('Vul het brutosalaris in, bijvoorbeeld 3.000');
  });

  it('refuses text that is not an amount', () => {
    expect(error('abc')).toBe('Vul een bedrag in met alleen cijfers, bijvoorbeeld 12,50');
    expect(error('12a')).toMatch(/alleen cijfers/);
    expect(error('-€-3', { allowNegative: true })).toMatch(/alleen cijfers/);
    expect(error('1e5')).toMatch(/alleen cijfers/);
  });

  it('refuses ambiguous or English notation instead of guessing', () => {
    const message = 'Gebruik een komma voor de centen en punten voor duizendtallen, bijvoorbeeld 1.234,56';
    expect(error('1,234.56')).toBe(message);
    expect(error('1.2345')).toBe(message);
    expect(error('12.')).toBe(message);
    expect(error('1,2,3')).toBe(message);
    expect(error('12.34.56')).toBe(message);
    expect(error('01.234')).toBe(message);
  });

  it('refuses more than two decimals', () => {
    expect(error('12,505')).toBe('Een bedrag heeft hoogstens twee cijfers achter de komma, bijvoorbeeld 12,50');
    // "0.125" is unambiguous (a dot after a lone 0 is a decimal mark) but has three decimals.
    expect(error('0.125')).toMatch(/twee cijfers achter de komma/);
  });

  it('refuses negative amounts unless allowed', () => {
    expect(error('-12,50')).toBe('Het bedrag mag niet negatief zijn');
    expect(error('-12,50', { name: 'het bedrag voor reiskosten' })).toBe('Het bedrag voor reiskosten mag niet negatief zijn');
  });

  it('refuses absurd magnitudes', () => {
    expect(cents('100.000.000')).toBe(DEFAULT_MAX_CENTS);
    expect(error('100.000.000,01')).toBe('Het bedrag is te groot (maximaal € 100.000.000)');
    expect(error('99999999999999999999999')).toBe('Het bedrag is te groot (maximaal € 100.000.000)');
    expect(error('1.001', { max: 100_000 })).toBe('Het bedrag is te groot (maximaal € 1.000)');
  });

  it('applies min and the lower limit for negative amounts', () => {
    expect(error('0,99', { min: 100 })).toBe('Het bedrag moet minstens € 1 zijn');
    expect(error('-2', { allowNegative: true, min: -100 })).toBe('Het bedrag is te laag (minimaal € -1)');
    expect(error('-100.000.001', { allowNegative: true })).toBe('Het bedrag is te laag (minimaal € -100.000.000)');
  });
});

describe('checkMoneyRange', () => {
  it('checks typed amounts with the same messages', () => {
    expect(checkMoneyRange(100)).toBeUndefined();
    expect(checkMoneyRange(1.5)).toBe('Het bedrag moet in hele centen zijn');
    expect(checkMoneyRange(-1)).toBe('Het bedrag mag niet negatief zijn');
    expect(checkMoneyRange(DEFAULT_MAX_CENTS + 1)).toBe('Het bedrag is te groot (maximaal € 100.000.000)');
  });
});

describe('formatMoney', () => {
  it('writes nl-NL with an ordinary space and the minus after the euro sign', () => {
    expect(formatMoney(123456)).toBe('€ 1.234,56');
    expect(formatMoney(-123456)).toBe('€ -1.234,56');
    expect(formatMoney(5)).toBe('€ 0,05');
    expect(formatMoney(0)).toBe('€ 0,00');
    expect(formatMoney(-0)).toBe('€ 0,00');
    expect(formatMoney(DEFAULT_MAX_CENTS)).toBe('€ 100.000.000,00');
    expect(formatMoney(12_345_678_901_234_567n)).toBe('€ 123.456.789.012.345,67');
    expect(formatMoney(6500, { trimZeroCents: true })).toBe('€ 65');
    expect(formatMoney(6550, { trimZeroCents: true })).toBe('€ 65,50');
  });

  it('never contains a no-break space', () => {
    expect(formatMoney(100)).not.toMatch(/[\u00A0\u202F]/);
  });

  it('refuses non-integer cents', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
  });

  it('round-trips: parseMoney(formatMoney(x)) = x for every amount in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -DEFAULT_MAX_CENTS, max: DEFAULT_MAX_CENTS }), fc.boolean(), (x, trim) => {
        const result = parseMoney(formatMoney(x, { trimZeroCents: trim }), { allowNegative: true });
        expect(result).toEqual({ ok: true, cents: x });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rounding to cents', () => {
  it('rounds half a cent away from zero', () => {
    expect(roundHalfAwayFromZero(rational(1, 2))).toBe(1n);
    expect(roundHalfAwayFromZero(rational(-1, 2))).toBe(-1n);
    expect(centsFromExact(rational(12345, 10))).toBe(1235); // 1234,5 cent → 1235
    expect(centsFromExact(rational(-12345, 10))).toBe(-1235);
    expect(exactFromCents(1234)).toEqual(rational(1234));
  });

  it('refuses amounts beyond safe integers', () => {
    expect(() => centsFromExact(rational(2n ** 60n))).toThrow(RangeError);
  });

  it('rounds parts so they add up to the rounded total (worked example)', () => {
    // Three thirds of 100 cents: 33,33 each; plain rounding gives 99, the total is 100.
    // Largest remainder: all remainders equal, so the first part gets the extra cent.
    const third = rational(100, 3);
    expect(roundPartsToTotal([third, third, third])).toEqual([34, 33, 33]);
    // 10,6 + 20,6 + 30,8 = 62; floors 10 + 20 + 30 = 60; the two largest remainders (0,8 and 0,6 first) get +1.
    expect(roundPartsToTotal([rational(106, 10), rational(206, 10), rational(308, 10)])).toEqual([11, 20, 31]);
    expect(roundPartsToTotal([])).toEqual([]);
  });

  it('rounded parts always add up to the rounded exact total and stay within one cent (property)', () => {
    const part = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => rational(n, d));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const rounded = roundPartsToTotal(parts);
        const total = Number(roundHalfAwayFromZero(sum(parts)));
        expect(rounded.reduce((a, b) => a + b, 0)).toBe(total);
        rounded.forEach((value, index) => {
          const exact = parts[index] ?? rational(0);
          expect(Math.abs(value - Number(exact.num) / Number(exact.den))).toBeLessThan(1);
        });
      }),
    );
  });
});
