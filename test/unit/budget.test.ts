import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_PERIODS,
  BUDGET_UNITS,
  type BudgetField,
  type BudgetInput,
  MAX_YEARS,
  PERIODS_PER_YEAR,
  calculateBudget,
  maxQuantityPerPeriod,
  parseBudgetFields,
  validateBudgetInput,
  yearlyTariffs,
} from '../../src/lib/calc/budget.ts';
import type { RawFields } from '../../src/lib/calc/form-fields.ts';
import { compare, floor, mul, rational } from '../../src/lib/rational.ts';

function parsed(raw: RawFields<BudgetField>): BudgetInput {
  const result = parseBudgetFields(raw);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.input;
}

function errorsOf(raw: RawFields<BudgetField>) {
  const result = parseBudgetFields(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('calculateBudget: worked examples', () => {
  it('€ 65 per hour × 3 hours a week × 26 weeks × 2 clients = € 10.140', () => {
    // 65 × 3 = 195 per client per week; × 2 clients = 390 per week; × 26 weeks = 10.140.
    const result = calculateBudget(parsed({ prijs: '65', eenheid: 'uur', aantal: '3', per: 'week', duur: '26', clienten: '2' }));
    expect(result.totalCents).toBe(1_014_000);
    expect(result.totalUnits).toEqual(rational(156));
    expect(result.years).toEqual([{ year: 1, tariffCents: 6500, periods: 26, exactCents: rational(1_014_000), cents: 1_014_000 }]);
    expect(result.ceiling).toBeUndefined();
    expect(result.steps.map((row) => [row.step, row.display])).toEqual([
      ['prijs', '€ 65,00'],
      ['aantal', '3'],
      ['clienten', '2'],
      ['per-periode', '€ 390,00'],
      ['duur', '26'],
      ['jaar-1', '€ 10.140,00'],
      ['totaal', '€ 10.140,00'],
    ]);
    expect(result.steps[3]?.formula).toBe('€ 65,00 × 3 × 2 cliënten');
    expect(result.steps[5]?.formula).toBe('Prijs € 65,00 × 3 × 26 weken × 2 cliënten');
  });

  it('78 weeks with a 3% yearly index: 52 weeks at € 60,00 and 26 weeks at € 61,80', () => {
    // Year 1: 60 × 2,5 × 52 = 7.800. Year 2: tariff 60 × 1,03 = 61,80; 61,80 × 2,5 × 26 = 4.017. Total 11.817.
    const result = calculateBudget(parsed({ prijs: '60', aantal: '2,5', duur: '78', index: '3' }));
    expect(result.years.map((year) => [year.year, year.tariffCents, year.periods, year.cents])).toEqual([
      [1, 6000, 52, 780_000],
      [2, 6180, 26, 401_700],
    ]);
    expect(result.totalCents).toBe(1_181_700);
    expect(result.steps.find((row) => row.step === 'jaar-2')?.formula).toBe(
      'Tarief na 3% index, afgerond op centen: € 61,80 × 2,5 × 26 weken × 1 cliënt',
    );
  });

  it('a price per month: unit and period are the month, quantity 1 by default', () => {
    // Year 1: 1.200 × 12 × 3 = 43.200. Year 2: 1.200 × 1,02 = 1.224; × 6 × 3 = 22.032. Total 65.232.
    const input = parsed({ prijs: '1.200', eenheid: 'maand', duur: '18', clienten: '3', index: '2' });
    expect(input.period).toBe('maand');
    expect(input.quantityPerPeriod).toEqual(rational(1));
    const result = calculateBudget(input);
    expect(result.years.map((year) => year.cents)).toEqual([4_320_000, 2_203_200]);
    expect(result.totalCents).toBe(6_523_200);
  });

  it('rounds fractions of a cent in the total half away from zero', () => {
    // € 33,33 × 0,5 hour = 16,665 per week; × 3 weeks = 49,995 → € 50,00.
    const result = calculateBudget(parsed({ prijs: '33,33', aantal: '0,5', duur: '3' }));
    expect(result.years[0]?.exactCents).toEqual(rational(99_990, 20));
    expect(result.totalCents).toBe(5000);
  });

  it('rounds each year’s indexed tariff to cents: € 65,10 × 1,025 = 66,7275 → € 66,73', () => {
    expect(yearlyTariffs(6510, rational(25, 10), 3)).toEqual([6510, 6673, 6840]);
    // 66,73 × 1,025 = 68,39825 → 68,40
  });

  it('year amounts add up exactly to the total', () => {
    // € 0,03 × 0,5 hour = 1,5 cent per week: 52 weeks = 78 cent in year 1, 1 week = 1,5 cent in year 2.
    // Total 79,5 → 80 cent; floors 78 + 1 = 79; the extra cent goes to year 2 (remainder 0,5).
    const result = calculateBudget(parsed({ prijs: '0,03', aantal: '0,5', duur: '53' }));
    expect(result.years.map((year) => year.cents)).toEqual([78, 2]);
    expect(result.totalCents).toBe(80);
  });
});

describe('ceiling', () => {
  const base = { prijs: '65', aantal: '3', duur: '52' } as const;

  it('says when the ceiling is reached: € 5.000 at € 195 a week is reached in week 26', () => {
    // 5.000 / 195 = 25,6 → week 26, spent 26 × 195 = 5.070. Total 10.140, so 5.140 above the ceiling.
    const ceiling = calculateBudget(parsed({ ...base, plafond: '5.000' })).ceiling;
    expect(ceiling?.reached).toEqual({ period: 26, year: 1, periodInYear: 26, spentCents: 507_000 });
    expect(ceiling?.remainingCents).toBe(-514_000);
    expect(ceiling?.usedPercent).toEqual(rational(1_014_000 * 100, 500_000));
    expect(ceiling?.summary).toBe(
      'Het plafond van € 5.000,00 wordt bereikt in week 26 van jaar 1 (week 26 vanaf de start). Over de hele duur komt u € 5.140,00 boven het plafond.',
    );
  });

  it('says how much room is left when the ceiling is not reached', () => {
    const ceiling = calculateBudget(parsed({ ...base, plafond: '20.000' })).ceiling;
    expect(ceiling?.reached).toBeUndefined();
    expect(ceiling?.remainingCents).toBe(986_000);
    expect(ceiling?.usedPercent).toEqual(rational(507, 10));
    expect(ceiling?.summary).toBe('Binnen het plafond van € 20.000,00 blijft € 9.860,00 over.');
  });

  it('a ceiling equal to the total is reached in the last period, with nothing left', () => {
    const ceiling = calculateBudget(parsed({ ...base, plafond: '10.140' })).ceiling;
    expect(ceiling?.reached?.period).toBe(52);
    expect(ceiling?.remainingCents).toBe(0);
    expect(ceiling?.summary).toBe('Het plafond van € 10.140,00 wordt bereikt in week 52 van jaar 1 (week 52 vanaf de start).');
  });

  it('finds the period in a later year: € 10.000 is reached in week 15 of year 2', () => {
    // Year 1 costs 7.800; 2.200 left at 154,50 a week → 14,2 → week 15 of year 2 (week 67); spent 10.117,50.
    const ceiling = calculateBudget(parsed({ prijs: '60', aantal: '2,5', duur: '78', index: '3', plafond: '10.000' })).ceiling;
    expect(ceiling?.reached).toEqual({ period: 67, year: 2, periodInYear: 15, spentCents: 1_011_750 });
  });

  it('agrees with the rounded total when spending ends half a cent below the ceiling', () => {
    // 3 weeks of 16,665 = 49,995, shown as € 50,00: a € 50,00 ceiling counts as reached in week 3.
    const ceiling = calculateBudget(parsed({ prijs: '33,33', aantal: '0,5', duur: '3', plafond: '50' })).ceiling;
    expect(ceiling?.remainingCents).toBe(0);
    expect(ceiling?.reached?.period).toBe(3);
  });
});

describe('validation', () => {
  it('asks for price, quantity and duration', () => {
    expect(errorsOf({})).toEqual({
      prijs: 'Vul de prijs per eenheid in, bijvoorbeeld 65,00',
      aantal: 'Vul het aantal uur per week in, bijvoorbeeld 3',
      duur: 'Vul de duur in weken in, bijvoorbeeld 52',
    });
  });

  it.each<[BudgetField, string, string]>([
    ['eenheid', 'minuut', 'Kies een eenheid: uur, dagdeel, etmaal, week, vier-weken of maand'],
    ['per', 'jaar', 'Kies een periode: week, vier-weken of maand'],
    ['prijs', '0', 'De prijs moet minstens € 0,01 zijn'],
    ['prijs', '100.000,01', 'De prijs is te groot (maximaal € 100.000)'],
    ['aantal', '0', 'Het aantal uur per week moet groter zijn dan 0'],
    ['aantal', '169', 'Het aantal uur per week mag niet groter zijn dan 168'],
    ['aantal', '1,125', 'Gebruik hoogstens 2 cijfers achter de komma'],
    ['duur', '2,5', 'Vul een heel getal in, zonder komma, bijvoorbeeld 12'],
    ['duur', '521', 'De duur in weken mag niet groter zijn dan 520 weken'],
    ['duur', '0', 'De duur in weken moet groter zijn dan 0 weken'],
    ['clienten', '0', 'Het aantal cliënten mag niet kleiner zijn dan 1'],
    ['clienten', '100.001', 'Het aantal cliënten mag niet groter zijn dan 100.000'],
    ['index', '51', 'De jaarlijkse index mag niet groter zijn dan 50%'],
    ['index', '-21', 'De jaarlijkse index mag niet kleiner zijn dan -20%'],
    ['plafond', '0', 'Het plafond moet minstens € 0,01 zijn'],
  ])('%s = %j → %s', (field, text, message) => {
    expect(errorsOf({ prijs: '65', aantal: '3', duur: '26', [field]: text })).toEqual({ [field]: message });
  });

  it('refuses impossible quantities per period for each unit', () => {
    expect(maxQuantityPerPeriod('etmaal', 'vier-weken')).toEqual(rational(28));
    expect(maxQuantityPerPeriod('dagdeel', 'week')).toEqual(rational(28));
    expect(maxQuantityPerPeriod('uur', 'maand')).toEqual(rational(744));
    expect(maxQuantityPerPeriod('week', 'maand')).toEqual(rational(31, 7));
    expect(errorsOf({ prijs: '150', eenheid: 'etmaal', aantal: '29', per: 'vier-weken', duur: '13' })).toEqual({
      aantal: 'Het aantal etmalen per periode van 4 weken mag niet groter zijn dan 28',
    });
  });

  it('refuses combinations that make the result absurdly large', () => {
    const errors = errorsOf({ prijs: '100.000', aantal: '744', per: 'maand', duur: '120', clienten: '100.000' });
    expect(Object.keys(errors)).toEqual(['clienten']);
    expect(errors.clienten).toMatch(/^De uitkomst wordt onwerkelijk groot \(meer dan € 100\.000\.000\.000\)/);
  });

  it('checks typed input and refuses to calculate with invalid input', () => {
    const valid = parsed({ prijs: '65', aantal: '3', duur: '26' });
    expect(validateBudgetInput(valid)).toEqual({});
    const invalid = { ...valid, periods: 2.5, clients: 0 };
    expect(validateBudgetInput(invalid)).toEqual({
      duur: 'De duur in weken moet een heel getal zijn',
      clienten: 'Het aantal cliënten mag niet kleiner zijn dan 1',
    });
    expect(() => calculateBudget(invalid)).toThrow(RangeError);
    // Unknown unit and period: their own errors, without checks that depend on them.
    const unknown = { ...valid, unit: 'jaar' as BudgetInput['unit'], period: 'dag' as BudgetInput['period'] };
    expect(validateBudgetInput(unknown)).toEqual({ eenheid: 'Kies een eenheid', per: 'Kies een periode' });
    expect(() => calculateBudget(unknown)).toThrow(RangeError);
  });
});

const arbInput: fc.Arbitrary<BudgetInput> = fc
  .record({
    unit: fc.constantFrom(...BUDGET_UNITS),
    period: fc.constantFrom(...BUDGET_PERIODS),
    priceCents: fc.integer({ min: 1, max: 200_000 }),
    quantityShare: fc.integer({ min: 1, max: 10_000 }),
    yearsShare: fc.integer({ min: 1, max: 1000 }),
    clients: fc.integer({ min: 1, max: 200 }),
    yearlyIndexPercent: fc.integer({ min: -2000, max: 5000 }).map((n) => rational(n, 100)),
    ceilingCents: fc.option(fc.integer({ min: 1, max: 10_000_000_000 }), { nil: undefined }),
  })
  .map(({ unit, period, quantityShare, yearsShare, ceilingCents, ...rest }) => {
    // Quantity: a share of the maximum for this unit and period, in hundredths.
    const maxHundredths = floor(mul(maxQuantityPerPeriod(unit, period), rational(100)));
    const hundredths = 1n + ((maxHundredths - 1n) * BigInt(quantityShare)) / 10_000n;
    const maxPeriods = PERIODS_PER_YEAR[period] * MAX_YEARS;
    return {
      ...rest,
      unit,
      period,
      quantityPerPeriod: rational(hundredths, 100n),
      periods: Math.max(1, Math.round((maxPeriods * yearsShare) / 1000)),
      ...(ceilingCents === undefined ? {} : { ceilingCents }),
    };
  })
  // Drop the few combinations refused as absurdly large (tested separately).
  .filter((input) => Object.keys(validateBudgetInput(input)).length === 0);

const isValid = (input: BudgetInput): boolean => Object.keys(validateBudgetInput(input)).length === 0;

describe('properties', () => {
  it('never gives NaN, Infinity or negative amounts; years add up to the total', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = calculateBudget(input);
        expect(Number.isSafeInteger(result.totalCents)).toBe(true);
        expect(result.totalCents).toBeGreaterThanOrEqual(0);
        expect(result.years.reduce((total, year) => total + year.cents, 0)).toBe(result.totalCents);
        expect(result.years.reduce((total, year) => total + year.periods, 0)).toBe(input.periods);
        for (const year of result.years) {
          expect(year.cents).toBeGreaterThanOrEqual(0);
          expect(year.tariffCents).toBeGreaterThanOrEqual(0);
        }
        for (const row of result.steps) expect(row.display).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone in price, quantity, clients and duration', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1000 }), (input, extra) => {
        const before = calculateBudget(input).totalCents;
        const maxQuantity = maxQuantityPerPeriod(input.unit, input.period);
        const moreQuantity = rational(input.quantityPerPeriod.num * 100n / input.quantityPerPeriod.den + BigInt(extra), 100n);
        const variants: BudgetInput[] = [
          { ...input, priceCents: Math.min(200_000, input.priceCents + extra) },
          { ...input, quantityPerPeriod: compare(moreQuantity, maxQuantity) <= 0 ? moreQuantity : input.quantityPerPeriod },
          { ...input, clients: Math.min(200, input.clients + extra) },
          { ...input, periods: Math.min(PERIODS_PER_YEAR[input.period] * MAX_YEARS, input.periods + extra) },
        ];
        for (const variant of variants.filter(isValid)) expect(calculateBudget(variant).totalCents).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('a higher yearly index never lowers the budget', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1000 }), (input, extraHundredths) => {
        const before = calculateBudget(input).totalCents;
        const current = Number((input.yearlyIndexPercent.num * 100n) / input.yearlyIndexPercent.den);
        const higher = { ...input, yearlyIndexPercent: rational(Math.min(5000, current + extraHundredths), 100) };
        fc.pre(isValid(higher));
        expect(calculateBudget(higher).totalCents).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('the ceiling is reached exactly when the total is at least the ceiling, in the first such period', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = calculateBudget(input);
        const ceiling = result.ceiling;
        if (input.ceilingCents === undefined) {
          expect(ceiling).toBeUndefined();
          return;
        }
        expect(ceiling?.remainingCents).toBe(input.ceilingCents - result.totalCents);
        expect(ceiling?.reached !== undefined).toBe(result.totalCents >= input.ceilingCents);
        const reached = ceiling?.reached;
        if (reached) {
          expect(reached.spentCents).toBeGreaterThanOrEqual(input.ceilingCents);
          expect(reached.period).toBeLessThanOrEqual(input.periods);
          expect(reached.periodInYear).toBeLessThanOrEqual(PERIODS_PER_YEAR[input.period]);
          expect(reached.period).toBe((reached.year - 1) * PERIODS_PER_YEAR[input.period] + reached.periodInYear);
          if (reached.period > 1) {
            const shorter = calculateBudget({ ...input, periods: reached.period - 1 });
            expect(shorter.totalCents).toBeLessThan(input.ceilingCents);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('wording', () => {
  it('says "1 week", not "1 weken", in the duration step', async () => {
    const { calculateBudget, parseBudgetFields } = await import('../../src/lib/calc/budget.ts');
    const parsed = parseBudgetFields({ prijs: '10', eenheid: 'uur', aantal: '2', per: 'week', duur: '1', clienten: '1' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const step = calculateBudget(parsed.input).steps.find((s) => s.step === 'duur');
    expect(step?.formula).toContain('1 week;');
  });
});
