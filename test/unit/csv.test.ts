import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from './csv-reader.ts';

describe('CSV', () => {
  it('reads back every text field as written (apart from the formula guard)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r', ' ', ';', '1') }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
      }),
    );
  });

  it('quotes commas, quotes and line breaks; empty for missing values; numbers as written', () => {
    expect(csvField('Blok B, 2018')).toBe('"Blok B, 2018"');
    expect(csvField('de "reële" prijs')).toBe('"de ""reële"" prijs"');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
    expect(toCsv(['begin', 'einde'], [['2024-05-21', '2024-05-21']])).toBe('begin,einde\r\n2024-05-21,2024-05-21\r\n');
  });

  it('keeps a spreadsheet from running a text as a formula, but leaves negative numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12,5')).toBe('"-12,5"');
    expect(csvField('-3')).toBe('-3');
  });

  it('refuses rows of the wrong length and numbers that are not finite, in Dutch', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV-rij 1 heeft 1 velden, de kop 2');
    expect(() => csvField(Number.NaN)).toThrow('CSV-veld is geen eindig getal: NaN');
  });
});
