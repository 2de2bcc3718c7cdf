import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type SroiField,
  type SroiRule,
  type SroiInput,
  calculateSroi,
  defaultValuePeriod,
  describeYear,
  findSroiRule,
  parseSroiFields,
  validateSroiInput,
} from '../../src/lib/calc/sroi.ts';
import type { RawFields } from '../../src/lib/calc/form-fields.ts';
import { rational } from '../../src/lib/rational.ts';

function parsed(raw: RawFields<SroiField>): SroiInput {
  const result = parseSroiFields(raw);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.input;
}

function errorsOf(raw: RawFields<SroiField>) {
  const result = parseSroiFields(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('calculateSroi: worked examples', () => {
  it('Kampen variant: 2% of € 400.000 revenue a year, at least 0,5% via MVO, for 3 years', () => {
    // Per year: 2% × 400.000 = 8.000, of which 0,5% × 400.000 = 2.000 via MVO and 6.000 otherwise.
    // Over 3 years: 24.000, of which 6.000 via MVO and 18.000 otherwise.
    const result = calculateSroi(parsed({ waarde: '400.000', percentage: '2', grondslag: 'omzet', jaren: '3', mvo: '0,5' }));
    expect(result.years).toEqual([1, 2, 3].map((year) => ({
      year,
      fractionOfYear: rational(1),
      baseCents: 40_000_000,
      obligationCents: 800_000,
      mvoCents: 200_000,
      otherCents: 600_000,
    })));
    expect(result.totalBaseCents).toBe(120_000_000);
    expect(result.totalObligationCents).toBe(2_400_000);
    expect(result.totalMvoCents).toBe(600_000);
    expect(result.totalOtherCents).toBe(1_800_000);
    expect(result.steps.map((row) => [row.step, row.display])).toEqual([
      ['grondslag-per-jaar', '€ 400.000,00'],
      ['verplichting-per-jaar', '€ 8.000,00'],
      ['mvo-per-jaar', '€ 2.000,00'],
      ['overig-per-jaar', '€ 6.000,00'],
      ['grondslag-totaal', '€ 1.200.000,00'],
      ['verplichting-totaal', '€ 24.000,00'],
    ]);
    expect(result.steps[2]?.formula).toBe('0,5% van € 400.000,00');
    expect(result.explanation).toContain('De grondslag is de omzet');
    expect(result.explanation).toContain('minstens 0,5% van de grondslag via het MVO-bouwblok');
    expect(result.explanation).toContain('De rest, 1,5% van de grondslag');
  });

  it('5% of a contract value of € 1.000.000 for the whole 4-year term', () => {
    // Per year 1.000.000 / 4 = 250.000; obligation 5% = 12.500 a year, 50.000 in total.
    const input = parsed({ waarde: '1.000.000', percentage: '5', jaren: '4' });
    expect(input.basis).toBe('opdrachtwaarde');
    expect(input.valuePer).toBe('looptijd');
    const result = calculateSroi(input);
    expect(result.years.map((year) => [year.baseCents, year.obligationCents])).toEqual(Array(4).fill([25_000_000, 1_250_000]));
    expect(result.totalObligationCents).toBe(5_000_000);
    expect(result.totalMvoCents).toBeUndefined();
    expect(result.steps[0]?.formula).toBe('€ 1.000.000,00 ÷ 4 jaar');
    expect(result.explanation).toContain('De grondslag is de opdrachtwaarde');
  });

  it('a term of 2,5 years counts the last half year for half', () => {
    // 2% of 100.000 a year: 2.000, 2.000 and 1.000 for the half year; total 5.000 on a base of 250.000.
    const result = calculateSroi(parsed({ waarde: '100.000', percentage: '2', grondslag: 'omzet', jaren: '2,5' }));
    expect(result.years.map((year) => [describeYear(year), year.baseCents, year.obligationCents])).toEqual([
      ['Jaar 1', 10_000_000, 200_000],
      ['Jaar 2', 10_000_000, 200_000],
      ['Jaar 3 (0,5 jaar)', 5_000_000, 100_000],
    ]);
    expect(result.totalBaseCents).toBe(25_000_000);
    expect(result.totalObligationCents).toBe(500_000);
  });

  it('rounds years so they add up: 1% of € 1.000 over 3 years is 3,333… a year', () => {
    // Base per year 33.333,33 cent, obligation 333,33 cent a year; 1.000 cent in total.
    // Floors 333 × 3 = 999; the missing cent goes to year 1. Bases likewise: 33.334 + 33.333 + 33.333.
    const result = calculateSroi(parsed({ waarde: '1.000', percentage: '1', jaren: '3' }));
    expect(result.years.map((year) => year.obligationCents)).toEqual([334, 333, 333]);
    expect(result.years.map((year) => year.baseCents)).toEqual([33_334, 33_333, 33_333]);
    expect(result.totalObligationCents).toBe(1000);
  });

  it('the MVO part and the rest add up in every year even with fractions of a cent', () => {
    // 2% of € 10,01 = 20,02 cent: MVO 0,5% = 5,005 and the rest 15,015; rounded together to 5 + 15 = 20.
    const result = calculateSroi(parsed({ waarde: '10,01', percentage: '2', grondslag: 'omzet', mvo: '0,5' }));
    expect(result.years[0]).toMatchObject({ obligationCents: 20, mvoCents: 5, otherCents: 15 });
    expect(result.totalObligationCents).toBe(20);
  });
});

describe('validation', () => {
  it('asks for the value and the percentage', () => {
    expect(errorsOf({})).toEqual({
      waarde: 'Vul de waarde in euro in, bijvoorbeeld 500.000',
      percentage: 'Vul het SROI-percentage in, bijvoorbeeld 2',
    });
  });

  it('defaults the value period to the basis', () => {
    expect(defaultValuePeriod('opdrachtwaarde')).toBe('looptijd');
    expect(defaultValuePeriod('omzet')).toBe('jaar');
    expect(parsed({ waarde: '1', percentage: '1', grondslag: 'omzet' }).valuePer).toBe('jaar');
    expect(parsed({ waarde: '1', percentage: '1', grondslag: 'omzet', 'waarde-per': 'LOOPTIJD' }).valuePer).toBe('looptijd');
    expect(parsed({ waarde: '1', percentage: '1' }).years).toEqual(rational(1));
  });

  it.each<[SroiField, string, string]>([
    ['waarde', 'veel', 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 500.000'],
    ['waarde', '0', 'De waarde moet minstens € 0,01 zijn'],
    ['waarde', '10.000.000.000,01', 'De waarde is te groot (maximaal € 10.000.000.000)'],
    ['percentage', '0', 'Het SROI-percentage moet groter zijn dan 0%'],
    ['percentage', '101', 'Het SROI-percentage mag niet groter zijn dan 100%'],
    ['grondslag', 'winst', 'Kies als grondslag "opdrachtwaarde" of "omzet"'],
    ['waarde-per', 'maand', 'Kies of de waarde per "jaar" is of voor de hele "looptijd"'],
    ['jaren', '0', 'De looptijd in jaren moet groter zijn dan 0 jaar'],
    ['jaren', '21', 'De looptijd in jaren mag niet groter zijn dan 20 jaar'],
    ['jaren', '2,555', 'Gebruik hoogstens 2 cijfers achter de komma'],
    ['mvo', '-1', 'Het MVO-deel mag niet negatief zijn'],
    ['mvo', '3', 'Het MVO-deel mag niet groter zijn dan het SROI-percentage (2%)'],
  ])('%s = %j → %s', (field, text, message) => {
    expect(errorsOf({ waarde: '400.000', percentage: '2', [field]: text })).toEqual({ [field]: message });
  });

  it('checks typed input and refuses to calculate with invalid input', () => {
    const valid = parsed({ waarde: '400.000', percentage: '2' });
    expect(validateSroiInput(valid)).toEqual({});
    const invalid = { ...valid, basis: 'winst' as SroiInput['basis'], valuePer: 'dag' as SroiInput['valuePer'] };
    expect(validateSroiInput(invalid)).toEqual({
      grondslag: 'Kies als grondslag de opdrachtwaarde of de omzet',
      'waarde-per': 'Kies of de waarde per jaar is of voor de hele looptijd',
    });
    expect(() => calculateSroi(invalid)).toThrow(RangeError);
  });
});

const arbInput: fc.Arbitrary<SroiInput> = fc
  .record({
    valueCents: fc.integer({ min: 1, max: 1_000_000_000_000 }),
    valuePer: fc.constantFrom('jaar' as const, 'looptijd' as const),
    basis: fc.constantFrom('opdrachtwaarde' as const, 'omzet' as const),
    percentHundredths: fc.integer({ min: 1, max: 10_000 }),
    mvoShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    yearsHundredths: fc.integer({ min: 1, max: 2000 }),
  })
  .map(({ percentHundredths, mvoShare, yearsHundredths, ...rest }) => ({
    ...rest,
    percent: rational(percentHundredths, 100),
    years: rational(yearsHundredths, 100),
    ...(mvoShare === undefined ? {} : { mvoPercent: rational(Math.floor((percentHundredths * mvoShare) / 100), 100) }),
  }));

describe('properties', () => {
  it('rows add up to the totals, parts add up per row, nothing negative, NaN or infinite', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = calculateSroi(input);
        const total = (pick: (year: (typeof result.years)[number]) => number) => result.years.reduce((acc, year) => acc + pick(year), 0);
        expect(total((year) => year.obligationCents)).toBe(result.totalObligationCents);
        expect(total((year) => year.baseCents)).toBe(result.totalBaseCents);
        if (input.valuePer === 'looptijd') expect(result.totalBaseCents).toBe(input.valueCents);
        for (const year of result.years) {
          expect(Number.isSafeInteger(year.obligationCents)).toBe(true);
          expect(year.obligationCents).toBeGreaterThanOrEqual(0);
          expect(year.baseCents).toBeGreaterThanOrEqual(0);
          if (input.mvoPercent !== undefined) {
            expect((year.mvoCents ?? -1) + (year.otherCents ?? -1)).toBe(year.obligationCents);
            expect(year.mvoCents).toBeGreaterThanOrEqual(0);
            expect(year.otherCents).toBeGreaterThanOrEqual(0);
          }
        }
        if (input.mvoPercent !== undefined) {
          expect((result.totalMvoCents ?? 0) + (result.totalOtherCents ?? 0)).toBe(result.totalObligationCents);
        }
        for (const row of result.steps) expect(row.display).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 500 },
    );
  });

  it('the obligation never decreases when the value or the percentage increases', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 500 }), (input, extraCents, extraHundredths) => {
        const before = calculateSroi(input).totalObligationCents;
        const moreValue = calculateSroi({ ...input, valueCents: Math.min(1_000_000_000_000, input.valueCents + extraCents) });
        expect(moreValue.totalObligationCents).toBeGreaterThanOrEqual(before);
        const currentHundredths = Number((input.percent.num * 100n) / input.percent.den);
        const morePercent = calculateSroi({ ...input, percent: rational(Math.min(10_000, currentHundredths + extraHundredths), 100) });
        expect(morePercent.totalObligationCents).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

const kampenSroi: SroiRule[] = [
  { slug: 'kampen', variant: 0, title: 'Kampen 5%', percentage: '5', basis: 'opdrachtwaarde', years: '4' },
  { slug: 'kampen', variant: 1, title: 'Kampen 2% omzet', percentage: '2', basis: 'omzet', mvo: '0,5', years: '4' },
];

describe('findSroiRule', () => {
  it('a bare slug picks the rule with an MVO part (the Kampen variant)', () => {
    expect(findSroiRule(kampenSroi, 'kampen')?.variant).toBe(1);
  });
  it('slug:n picks that rule; unknown gives undefined', () => {
    expect(findSroiRule(kampenSroi, 'kampen:0')?.percentage).toBe('5');
    expect(findSroiRule(kampenSroi, 'kampen:7')).toBeUndefined();
    expect(findSroiRule(kampenSroi, '<script>')).toBeUndefined();
  });
});
