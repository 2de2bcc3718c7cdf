import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDecimalRange,
  formatNumber,
  formatPercent,
  parseDecimal,
  readDutchNumber,
} from '../../src/lib/decimal-input.ts';
import { type Rational, rational } from '../../src/lib/rational.ts';

function value(input: string, options?: Parameters<typeof parseDecimal>[1]): Rational {
  const result = parseDecimal(input, options);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${result.error}`);
  return result.value;
}

function error(input: string, options?: Parameters<typeof parseDecimal>[1]): string {
  const result = parseDecimal(input, options);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  return result.error;
}

describe('readDutchNumber', () => {
  it.each([
    ['1.234,56', '1234', '56'],
    ['12.50', '12', '50'],
    ['8.5', '8', '5'],
    ['1.878', '1878', ''],
    ['0.125', '0', '125'],
    ['.5', '0', '5'],
    [',5', '0', '5'],
    ['12,', '12', ''],
    ['007', '007', ''],
  ])('reads %j', (text, integerDigits, fractionDigits) => {
    expect(readDutchNumber(text)).toEqual({ ok: true, integerDigits, fractionDigits });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'characters'],
    [',', 'characters'],
    ['1,2,3', 'commas'],
    ['1.23,4', 'grouping'],
    ['1,2.3', 'grouping'],
    ['1.2345', 'ambiguous-dot'],
    ['12.', 'ambiguous-dot'],
    ['0.', 'ambiguous-dot'],
    ['1.23.456', 'ambiguous-dot'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(readDutchNumber(text)).toEqual({ ok: false, reason });
  });
});

describe('parseDecimal', () => {
  it('reads Dutch numbers and percentages exactly', () => {
    expect(value('8%', { unit: '%' })).toEqual(rational(8));
    expect(value('8,5 %', { unit: '%' })).toEqual(rational(17, 2));
    expect(value('8.5', { unit: '%' })).toEqual(rational(17, 2));
    expect(value('8,33 procent', { unit: '%' })).toEqual(rational(833, 100));
    expect(value('1.878')).toEqual(rational(1878));
    expect(value('36 uur', { unit: 'uur' })).toEqual(rational(36));
    expect(value('-2,1', { allowNegative: true })).toEqual(rational(-21, 10));
    expect(value('\u22122,1', { allowNegative: true })).toEqual(rational(-21, 10));
    expect(value('+3')).toEqual(rational(3));
    expect(value(' 1 234,5 ')).toEqual(rational(12345, 10));
    expect(value('0,125')).toEqual(rational(1, 8));
  });

  it('says what is missing when empty', () => {
    expect(error('')).toBe('Vul het getal in, bijvoorbeeld 12,5');
    expect(error(' ', { unit: '%' })).toBe('Vul het percentage in, bijvoorbeeld 8,5');
    expect(error('', { integer: true, name: 'het aantal cliënten' })).toBe('Vul het aantal cliënten in, bijvoorbeeld 12');
  });

  it('names each kind of syntax mistake', () => {
    expect(error('acht')).toBe('Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 12,5');
    expect(error('1,2,3')).toBe('Gebruik maar één komma, voor de decimalen, bijvoorbeeld 12,5');
    expect(error('1.23,4')).toBe('Gebruik een komma voor decimalen en punten voor duizendtallen, bijvoorbeeld 1.234,5');
    expect(error('8.12345', { unit: '%' })).toBe('Gebruik een komma voor decimalen, bijvoorbeeld 8,5');
    expect(error('--5', { allowNegative: true })).toMatch(/alleen cijfers/);
  });

  it('reads "8.125" as 8125 by the rule, and for a percentage out of range hints at the comma', () => {
    expect(value('8.125')).toEqual(rational(8125));
    expect(error('8.125', { unit: '%', max: 100 })).toBe(
      'Het percentage mag niet groter zijn dan 100%. Bedoelt u 8,125? Gebruik dan een komma.',
    );
    expect(error('-8.125', { unit: '%', min: -20, max: 100 })).toBe(
      'Het percentage mag niet kleiner zijn dan -20%. Bedoelt u -8,125? Gebruik dan een komma.',
    );
    // No hint when the comma reading would be wrong too, or for other units.
    expect(error('8.125', { unit: '%', max: 5 })).toBe('Het percentage mag niet groter zijn dan 5%');
    expect(error('1.000.000', { unit: '%', max: 100 })).toBe('Het percentage mag niet groter zijn dan 100%');
    expect(error('1.878', { max: 100 })).toBe('Het getal mag niet groter zijn dan 100');
  });

  it('refuses absurdly long numbers', () => {
    expect(error('1234567890123456')).toBe('Het getal is veel te groot');
    expect(value('000000000000000001')).toEqual(rational(1));
  });

  it('checks whole numbers and the number of decimals', () => {
    expect(error('2,5', { integer: true })).toBe('Vul een heel getal in, zonder komma, bijvoorbeeld 12');
    expect(value('2,0', { integer: true })).toEqual(rational(2));
    expect(error('1,123', { maxDecimals: 2 })).toBe('Gebruik hoogstens 2 cijfers achter de komma');
    expect(value('1,1200', { maxDecimals: 2 })).toEqual(rational(112, 100));
  });

  it('checks the range with messages that name the field and the limit', () => {
    const hours = { name: 'het aantal uren per week', unit: 'uur', min: 0, exclusiveMin: true, max: 60 } as const;
    expect(error('0', hours)).toBe('Het aantal uren per week moet groter zijn dan 0 uur');
    expect(error('61', hours)).toBe('Het aantal uren per week mag niet groter zijn dan 60 uur');
    expect(error('-1', hours)).toBe('Het aantal uren per week mag niet negatief zijn');
    expect(error('100', { unit: '%', max: 100, exclusiveMax: true })).toBe('Het percentage moet kleiner zijn dan 100%');
    expect(error('-21', { unit: '%', min: -20 })).toBe('Het percentage mag niet kleiner zijn dan -20%');
    expect(value('-20', { unit: '%', min: -20 })).toEqual(rational(-20));
    expect(error('4', { min: 5 })).toBe('Het getal mag niet kleiner zijn dan 5');
    expect(value('60', hours)).toEqual(rational(60));
  });

  it('checkDecimalRange gives the same answers for typed values', () => {
    expect(checkDecimalRange(rational(5, 2), { integer: true })).toBe('Het getal moet een heel getal zijn');
    expect(checkDecimalRange(rational(101), { unit: '%', max: 100 })).toBe('Het percentage mag niet groter zijn dan 100%');
    expect(checkDecimalRange(rational(50), { unit: '%', max: 100 })).toBeUndefined();
  });

  it('reads back what formatNumber writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.integer({ min: 0, max: 4 }), (scaled, decimals) => {
        const exact = rational(scaled, 10 ** decimals);
        const text = formatNumber(exact, { maximumDecimals: decimals });
        expect(value(text, { allowNegative: true })).toEqual(exact);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatNumber and formatPercent', () => {
  it('write nl-NL notation, rounded half away from zero', () => {
    expect(formatNumber(1878)).toBe('1.878');
    expect(formatNumber(rational(5008, 3))).toBe('1.669,33');
    expect(formatNumber(rational(-1, 2), { maximumDecimals: 0 })).toBe('-1');
    expect(formatNumber(rational(-1, 1000))).toBe('0');
    expect(formatNumber(2.5, { maximumDecimals: 2, minimumDecimals: 2 })).toBe('2,50');
    expect(formatNumber(1234567n)).toBe('1.234.567');
    expect(formatNumber(rational(1, 8), { maximumDecimals: 2 })).toBe('0,13');
    expect(formatPercent(rational(17, 2))).toBe('8,5%');
    expect(formatPercent(rational(-12, 10))).toBe('-1,2%');
    expect(formatPercent(8.333333, { maximumDecimals: 1 })).toBe('8,3%');
  });
});
