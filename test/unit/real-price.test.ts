import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_HOURS_PER_WEEKLY_HOUR,
  HOURS_MISSING,
  type RealPriceField,
  type RealPriceInput,
  annualHoursOf,
  calculateRealPrice,
  parseRealPriceFields,
  WAGE_MISSING,
  WAGE_TWICE,
  hoursBasis,
  hoursBasisOfFields,
  validateRealPriceInput,
} from '../../src/lib/calc/real-price.ts';
import type { RawFields } from '../../src/lib/calc/form-fields.ts';
import { type Rational, compare, rational } from '../../src/lib/rational.ts';
import { formatMoney } from '../../src/lib/money.ts';

function parsed(raw: RawFields<RealPriceField>): RealPriceInput {
  const result = parseRealPriceFields(raw);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.input;
}

function errorsOf(raw: RawFields<RealPriceField>) {
  const result = parseRealPriceFields(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const FULL_EXAMPLE: RawFields<RealPriceField> = {
  salaris: '3.000',
  uren: '36',
  vakantiegeld: '8',
  eindejaars: '8,33',
  'sociale-lasten': '25',
  'niet-productief': '20',
  reiskosten: '1.200',
  opleidingskosten: '600',
  overhead: '15',
  verplichtingen: '1,50',
  risico: '2',
  indexatie: '3',
  tarief: '65',
};

describe('annual hours', () => {
  it('36 hours a week is exactly 1.878 hours a year', () => {
    expect(annualHoursOf({ hoursPerWeek: rational(36) })).toEqual(rational(1878));
    expect(ANNUAL_HOURS_PER_WEEKLY_HOUR).toEqual(rational(313, 6));
  });

  it('other hours are proportional and exact: 32 × 1.878 / 36 = 1.669 1/3', () => {
    expect(annualHoursOf({ hoursPerWeek: rational(32) })).toEqual(rational(5008, 3));
  });

  it('jaaruren overrides the hours per week', () => {
    expect(annualHoursOf({ hoursPerWeek: rational(36), annualHours: rational(1800) })).toEqual(rational(1800));
  });

  it('throws without any hours', () => {
    expect(() => annualHoursOf({})).toThrow(HOURS_MISSING);
  });
});

describe('calculateRealPrice: worked example with every element', () => {
  /*
   * By hand, amounts in euros:
   *   annual salary            12 × 3.000                     = 36.000
   *   holiday pay              8% × 36.000                    =  2.880
   *   year-end bonus           8,33% × 36.000                 =  2.998,80
   *   salary with allowances                                  = 41.878,80
   *   employer charges         25% × 41.878,80                = 10.469,70
   *   personnel cost per year                                 = 52.348,50
   *   annual hours             36 × 1.878 / 36                = 1.878
   *   non-productive           20% × 1.878                    = 375,6
   *   productive hours                                        = 1.502,4
   *   personnel per prod. hour 52.348,50 / 1.502,4            = 34,8432508
   *   travel + training        1.800 / 1.502,4                =  1,1980831
   *   direct cost                                             = 36,0413339
   *   overhead                 15%                            =  5,4062001
   *   municipal obligations                                   =  1,50
   *   cost price per prod. hour                               = 42,9475339 → € 42,95
   *   risk                     2% × 42,9475339                =  0,8589507
   *   indexation               3% × 43,8064846                =  1,3141945
   *   real tariff                                             = 45,1206792 → € 45,12
   * Shares (cents): a = 5.234.850 / 1.878 = 2.787,460; c = 3.484,325 − 2.787,460 = 696,865;
   *   d = 119,808; b = 540,620 + 85,895 = 626,515; e = 131,419; f = 150.
   *   Floors add up to 4.509; the 3 missing cents go to the largest remainders c, d, b.
   */
  const result = calculateRealPrice(parsed(FULL_EXAMPLE));

  it('gives the cost price and the real tariff', () => {
    expect(result.costPricePerHourCents).toBe(4295);
    expect(result.realTariffCents).toBe(4512);
    expect(result.annualHours).toEqual(rational(1878));
    expect(result.productiveHours).toEqual(rational(15024, 10));
  });

  it('shows every step in order with Dutch labels and formulas', () => {
    const byStep = Object.fromEntries(result.steps.map((row) => [row.step, row]));
    expect(result.steps.map((row) => row.step)).toEqual([
      'salaris',
      'jaarsalaris',
      'vakantiegeld',
      'eindejaars',
      'ort',
      'ikb',
      'salaris-met-toeslagen',
      'sociale-lasten',
      'personeelskosten',
      'jaaruren',
      'niet-productief',
      'productieve-uren',
      'personeelskosten-per-uur',
      'reis-en-opleiding',
      'reis-en-opleiding-per-uur',
      'directe-kosten',
      'overhead',
      'verplichtingen',
      'kostprijs',
      'risico',
      'indexatie',
      'reele-prijs',
    ]);
    expect(byStep.jaarsalaris?.display).toBe('€ 36.000,00 per jaar');
    expect(byStep.jaarsalaris?.formula).toBe('12 × € 3.000,00');
    expect(byStep.eindejaars?.display).toBe('€ 2.998,80 per jaar');
    expect(byStep.eindejaars?.formula).toBe('8,33% van het jaarsalaris');
    expect(byStep.personeelskosten?.value).toEqual(rational(5_234_850));
    expect(byStep.jaaruren?.display).toBe('1.878 uur per jaar');
    expect(byStep.jaaruren?.formula).toContain('36 uur per week is 1.878 uur per jaar');
    expect(byStep['productieve-uren']?.display).toBe('1.502,4 uur per jaar');
    expect(byStep['personeelskosten-per-uur']?.display).toBe('€ 34,84 per uur');
    expect(byStep['personeelskosten-per-uur']?.formula).toBe('€ 52.348,50 ÷ 1.502,4 productieve uren');
    expect(byStep.overhead?.display).toBe('€ 5,41 per uur');
    expect(byStep.kostprijs?.display).toBe('€ 42,95 per uur');
    expect(byStep.risico?.display).toBe('€ 0,86 per uur');
    expect(byStep.indexatie?.display).toBe('€ 1,31 per uur');
    expect(byStep['reele-prijs']?.display).toBe('€ 45,12 per uur');
  });

  it('splits the tariff over the AMvB elements a–f and risk and profit (none of a–f), adding up exactly', () => {
    // Floors: 2.787 + 540 + 696 + 119 + 131 + 150 + 85 = 4.508; the 4 missing cents go to the largest
    // remainders: risico (,895), c (,865), d (,808), b (,620).
    expect(result.shares.map((share) => [share.element, share.cents])).toEqual([
      ['a', 2787],
      ['b', 541],
      ['c', 697],
      ['d', 120],
      ['e', 131],
      ['f', 150],
      ['risico', 86],
    ]);
    expect(result.shares.reduce((total, share) => total + share.cents, 0)).toBe(result.realTariffCents);
    // Overhead is overhead only; risk and profit is a share of its own, labelled as none of the elements.
    expect(result.shares[1]?.label).toBe('b. Redelijke overheadkosten');
    expect(result.shares[1]?.exactCents).toEqual(result.steps.find((row) => row.step === 'overhead')?.value);
    expect(result.shares[6]?.label).toBe('Opslag voor risico en winst (geen van de elementen a tot en met f)');
    expect(result.shares[6]?.exactCents).toEqual(result.steps.find((row) => row.step === 'risico')?.value);
    const percentTotal = result.shares.reduce((total, share) => total + Number(share.percentOfTariff.num) / Number(share.percentOfTariff.den), 0);
    expect(percentTotal).toBeCloseTo(100, 10);
  });

  it('compares with the municipal tariff: € 65 covers the real price € 45,12 by € 19,88 (44,1%), and so the cost price', () => {
    expect(result.comparison).toEqual({
      municipalTariffCents: 6500,
      differenceCents: 1988,
      differencePercent: rational(198_800, 4512),
      verdict: 'dekt',
      costDifferenceCents: 2205,
      costVerdict: 'dekt',
      verdictText: 'Dit tarief (€ 65,00) dekt de reële prijs (€ 45,12).',
      costText: 'Daarmee dekt het ook de kostprijs per productief uur (€ 42,95).',
      summary: 'Het tarief van de gemeente is € 19,88 per uur (44,1%) hoger dan de reële prijs van € 45,12 per uur.',
    });
  });

  it('counts an equal tariff as covering and one cent less as not covering', () => {
    const equal = calculateRealPrice(parsed({ ...FULL_EXAMPLE, tarief: '45,12' })).comparison;
    expect(equal?.verdict).toBe('dekt');
    expect(equal?.differenceCents).toBe(0);
    expect(equal?.summary).toBe('Het tarief van de gemeente is gelijk aan de reële prijs van € 45,12 per uur.');
    const short = calculateRealPrice(parsed({ ...FULL_EXAMPLE, tarief: '45,11' })).comparison;
    expect(short?.verdict).toBe('dekt-niet');
    expect(short?.verdictText).toBe('Dit tarief (€ 45,11) dekt de reële prijs (€ 45,12) niet.');
    expect(short?.costText).toBe('Het dekt wel de kostprijs per productief uur (€ 42,95): het is € 2,16 hoger.');
    expect(short?.differenceCents).toBe(-1);
    expect(short?.summary).toBe('Het tarief van de gemeente is € 0,01 per uur (0%) lager dan de reële prijs van € 45,12 per uur.');
  });
});

describe('the verdict names what it compares (issue 15)', () => {
  /*
   * By hand: 12 × 5.115 = 61.380; + 30% = 79.794 a year. 36 h → 1.878 h, 15% non-productive → 1.596,3 h.
   * 79.794 ÷ 1.596,3 = 49,986844; + 10% overhead = 54,985528 → cost price € 54,99.
   * × 1,03 indexation = 56,635094 → real price € 56,64. A tariff of € 55,00 is € 1,64 (2,9%) below the real price
   * and € 0,01 above the cost price, both as shown on the page.
   */
  const example = { salaris: '5.115', uren: '36', 'sociale-lasten': '30', 'niet-productief': '15', overhead: '10', indexatie: '3' };

  it('€ 55,00 against cost price € 54,99 and real price € 56,64: does not cover the real price, covers the cost price by € 0,01', () => {
    const result = calculateRealPrice(parsed({ ...example, tarief: '55' }));
    expect(result.costPricePerHourCents).toBe(5499);
    expect(result.realTariffCents).toBe(5664);
    expect(result.comparison).toMatchObject({
      verdict: 'dekt-niet',
      differenceCents: -164,
      costVerdict: 'dekt',
      costDifferenceCents: 1,
      verdictText: 'Dit tarief (€ 55,00) dekt de reële prijs (€ 56,64) niet.',
      costText: 'Het dekt wel de kostprijs per productief uur (€ 54,99): het is € 0,01 hoger.',
      summary: 'Het tarief van de gemeente is € 1,64 per uur (2,9%) lager dan de reële prijs van € 56,64 per uur.',
    });
  });

  it('a tariff equal to the cost price covers it without room; below it covers neither', () => {
    const equal = calculateRealPrice(parsed({ ...example, tarief: '54,99' })).comparison;
    expect(equal?.costVerdict).toBe('dekt');
    expect(equal?.costText).toBe('Het is precies gelijk aan de kostprijs per productief uur (€ 54,99): het dekt die dus wel, maar zonder ruimte.');
    const below = calculateRealPrice(parsed({ ...example, tarief: '50' })).comparison;
    expect(below?.verdictText).toBe('Dit tarief (€ 50,00) dekt de reële prijs (€ 56,64) niet.');
    expect(below?.costText).toBe('Het dekt ook de kostprijs per productief uur (€ 54,99) niet: het is € 4,99 lager.');
  });
});

describe('wage per month or per hour, with the hours basis', () => {
  it('an hourly wage × the annual hours is the annual salary: € 20 × 1.878 h = € 37.560 (€ 3.130 a month)', () => {
    const hourly = calculateRealPrice(parsed({ uurloon: '20', uren: '36', overhead: '10' }));
    const byStep = Object.fromEntries(hourly.steps.map((row) => [row.step, row]));
    expect(hourly.steps.slice(0, 3).map((row) => row.step)).toEqual(['uurloon', 'jaarsalaris', 'salaris']);
    expect(byStep.uurloon?.display).toBe('€ 20,00 per uur');
    expect(byStep.jaarsalaris?.label).toBe('Brutosalaris per jaar (1 fte, bij 36 uur per week)');
    expect(byStep.jaarsalaris?.formula).toBe('€ 20,00 × 1.878 uur per jaar');
    expect(byStep.jaarsalaris?.display).toBe('€ 37.560,00 per jaar');
    expect(byStep.salaris?.display).toBe('€ 3.130,00 per maand');
    // The same as € 3.130 a month at 36 hours: exactly the same tariff.
    const monthly = calculateRealPrice(parsed({ salaris: '3.130', uren: '36', overhead: '10' }));
    expect(hourly.exactRealTariff).toEqual(monthly.exactRealTariff);
    expect(monthly.steps[0]?.label).toBe('Brutosalaris per maand (1 fte, bij 36 uur per week)');
  });

  it('names the hours basis: per week, or per year when given', () => {
    expect(hoursBasis({ hoursPerWeek: rational(32) })).toBe('bij 32 uur per week');
    expect(hoursBasis({ hoursPerWeek: rational(32), annualHours: rational(1700) })).toBe('bij 1.700 uur per jaar');
    expect(hoursBasis({})).toBeUndefined();
    expect(hoursBasisOfFields({ uren: '36' })).toBe('bij 36 uur per week');
    expect(hoursBasisOfFields({ uren: '24,5' })).toBe('bij 24,5 uur per week');
    expect(hoursBasisOfFields({ uren: 'veel' })).toBeUndefined();
  });

  it('asks for one wage: per month or per hour, not both', () => {
    expect(errorsOf({ uren: '36' })).toEqual({ salaris: WAGE_MISSING });
    expect(errorsOf({ salaris: '3.000', uurloon: '20', uren: '36' })).toEqual({ uurloon: WAGE_TWICE });
    expect(errorsOf({ uurloon: '0,99', uren: '36' })).toEqual({ uurloon: 'Het bruto uurloon moet minstens € 1 zijn' });
    expect(errorsOf({ uurloon: 'twintig', uren: '36' })).toEqual({ uurloon: 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 21,50' });
    const valid = parsed({ salaris: '3000', uren: '36' });
    expect(validateRealPriceInput({ ...valid, wageCentsPerHour: 2000 })).toEqual({ uurloon: WAGE_TWICE });
    const { salaryCentsPerMonth: _unused, ...noWage } = valid;
    expect(validateRealPriceInput(noWage)).toEqual({ salaris: WAGE_MISSING });
  });
});

describe('calculateRealPrice: small worked examples', () => {
  it('rounds half a cent away from zero: 2.500 × 12 / 1.600 h = € 18,75; + 10% overhead = € 20,625 → € 20,63', () => {
    const result = calculateRealPrice(parsed({ salaris: '2500', jaaruren: '1600', overhead: '10' }));
    expect(result.exactRealTariff).toEqual(rational(4125, 2));
    expect(result.realTariffCents).toBe(2063);
    // a = 1.875, b = 187,5; the extra half cent goes to b.
    expect(result.shares.map((share) => share.cents)).toEqual([1875, 188, 0, 0, 0, 0, 0]);
    expect(result.comparison).toBeUndefined();
  });

  it('32 hours a week: 36.000 / 1.669 1/3 h = € 21,5655 → € 21,57', () => {
    const result = calculateRealPrice(parsed({ salaris: '3000', uren: '32' }));
    expect(result.exactRealTariff).toEqual(rational(10_800_000, 5008));
    expect(result.realTariffCents).toBe(2157);
    expect(result.steps.find((row) => row.step === 'jaaruren')?.display).toBe('1.669,33 uur per jaar');
  });

  it('non-productive hours raise element c only: 20% of 1.600 h → 1.280 productive hours', () => {
    // 30.000 / 1.280 = 23,4375 per productive hour; a = 30.000 / 1.600 = 18,75; c = 4,6875.
    const result = calculateRealPrice(parsed({ salaris: '2500', jaaruren: '1600', 'niet-productief': '20' }));
    expect(result.realTariffCents).toBe(2344);
    expect(result.shares.find((share) => share.element === 'c')?.exactCents).toEqual(rational(46875, 100));
  });

  it('reads URL parameters with dots or commas as decimal mark', () => {
    const params = new URLSearchParams('salaris=3000&uren=36&vakantiegeld=8.33&eindejaars=8%2C33&jaaruren=1.878');
    const input = parsed(Object.fromEntries(params));
    expect(input.holidayPayPercent).toEqual(rational(833, 100));
    expect(input.yearEndBonusPercent).toEqual(rational(833, 100));
    expect(input.annualHours).toEqual(rational(1878));
  });

  it('treats blank optional fields as 0 and a blank tarief as no comparison', () => {
    const input = parsed({ salaris: '3000', uren: '36', ort: '', ikb: '  ', tarief: '' });
    expect(input.irregularHoursPercent).toEqual(rational(0));
    expect(input.choiceBudgetPercent).toEqual(rational(0));
    expect(input.municipalTariffCents).toBeUndefined();
  });
});

describe('validation', () => {
  it('asks for the salary and the hours', () => {
    expect(errorsOf({})).toEqual({
      salaris: WAGE_MISSING,
      uren: HOURS_MISSING,
    });
  });

  it('accepts jaaruren instead of uren', () => {
    expect(parsed({ salaris: '3000', jaaruren: '1878' }).annualHours).toEqual(rational(1878));
  });

  it.each<[RealPriceField, string, string]>([
    ['salaris', 'drieduizend', 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000'],
    ['salaris', '99,99', 'Het brutosalaris per maand moet minstens € 100 zijn'],
    ['salaris', '50.000,01', 'Het brutosalaris per maand is te groot (maximaal € 50.000)'],
    ['salaris', '-3000', 'Het brutosalaris per maand mag niet negatief zijn'],
    ['uren', '0', 'Het aantal uren per week moet groter zijn dan 0 uur'],
    ['uren', '61', 'Het aantal uren per week mag niet groter zijn dan 60 uur'],
    ['uren', 'veel', 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 12,5'],
    ['jaaruren', '0', 'Het aantal uren per jaar moet groter zijn dan 0 uur'],
    ['jaaruren', '3.131', 'Het aantal uren per jaar mag niet groter zijn dan 3.130 uur'],
    ['vakantiegeld', '-1', 'Het vakantiegeld mag niet negatief zijn'],
    ['vakantiegeld', '101', 'Het vakantiegeld mag niet groter zijn dan 100%'],
    ['eindejaars', '8.333', 'De eindejaarsuitkering mag niet groter zijn dan 100%. Bedoelt u 8,333? Gebruik dan een komma.'],
    ['ort', '100,5', 'De onregelmatigheidstoeslag mag niet groter zijn dan 100%'],
    ['ikb', 'x', 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 8,5'],
    ['sociale-lasten', '150', 'Het percentage werkgeverslasten en pensioen mag niet groter zijn dan 100%'],
    ['niet-productief', '100', 'Het percentage niet-productieve uren moet kleiner zijn dan 100%'],
    ['niet-productief', '-5', 'Het percentage niet-productieve uren mag niet negatief zijn'],
    ['reiskosten', '-1', 'Het bedrag voor reiskosten per jaar mag niet negatief zijn'],
    ['opleidingskosten', '100.001', 'Het bedrag voor opleidingskosten per jaar is te groot (maximaal € 100.000)'],
    ['overhead', '101', 'De opslag voor overhead mag niet groter zijn dan 100%'],
    ['verplichtingen', '1.000,01', 'Het bedrag voor gemeentelijke verplichtingen is te groot (maximaal € 1.000)'],
    ['risico', '51', 'De opslag voor risico en winst mag niet groter zijn dan 50%'],
    ['indexatie', '-1', 'De indexatie mag niet negatief zijn'],
    ['tarief', 'gratis', 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 65,00'],
    ['tarief', '10.000,01', 'Het tarief van de gemeente is te groot (maximaal € 10.000)'],
  ])('%s = %j → %s', (field, text, message) => {
    const errors = errorsOf({ salaris: '3000', uren: '36', [field]: text });
    expect(errors).toEqual({ [field]: message });
  });

  it('reports several wrong fields at once, keyed by parameter name', () => {
    expect(errorsOf({ salaris: '3000', uren: '0', 'niet-productief': '100', tarief: '-1' })).toEqual({
      uren: 'Het aantal uren per week moet groter zijn dan 0 uur',
      'niet-productief': 'Het percentage niet-productieve uren moet kleiner zijn dan 100%',
      tarief: 'Het tarief van de gemeente mag niet negatief zijn',
    });
  });

  it('checks typed input with the same rules and refuses to calculate with it', () => {
    const valid = parsed(FULL_EXAMPLE);
    expect(validateRealPriceInput(valid)).toEqual({});
    const invalid: RealPriceInput = { ...valid, nonProductivePercent: rational(100), salaryCentsPerMonth: 1.5 };
    expect(validateRealPriceInput(invalid)).toEqual({
      salaris: 'Het brutosalaris per maand moet in hele centen zijn',
      'niet-productief': 'Het percentage niet-productieve uren moet kleiner zijn dan 100%',
    });
    expect(() => calculateRealPrice(invalid)).toThrow(RangeError);
    // Found by the property test: 0,01 hour a year with 99,99% non-productive time made the cost per hour overflow.
    const almostNoHours: RealPriceInput = { ...valid, annualHours: rational(1, 100), nonProductivePercent: rational(9999, 100) };
    expect(validateRealPriceInput(almostNoHours)['niet-productief']).toContain('minder dan 52 productieve uren per jaar');
    expect(() => calculateRealPrice(almostNoHours)).toThrow(RangeError);
    const noHours: RealPriceInput = { ...valid, hoursPerWeek: undefined, annualHours: undefined };
    expect(validateRealPriceInput(noHours)).toEqual({ uren: HOURS_MISSING });
    expect(() => calculateRealPrice(noHours)).toThrow(HOURS_MISSING);
  });
});

// ---- property tests -------------------------------------------------------

const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => rational(n, 100));

const arbInput: fc.Arbitrary<RealPriceInput> = fc.record(
  {
    salaryCentsPerMonth: fc.integer({ min: 10_000, max: 5_000_000 }),
    hoursPerWeek: fc.integer({ min: 1, max: 6000 }).map((n) => rational(n, 100)),
    annualHours: fc.option(fc.integer({ min: 1, max: 313_000 }).map((n) => rational(n, 100)), { nil: undefined }),
    holidayPayPercent: hundredths(10_000),
    yearEndBonusPercent: hundredths(10_000),
    irregularHoursPercent: hundredths(10_000),
    choiceBudgetPercent: hundredths(10_000),
    employerChargesPercent: hundredths(10_000),
    nonProductivePercent: hundredths(9_999),
    travelCentsPerYear: fc.integer({ min: 0, max: 10_000_000 }),
    trainingCentsPerYear: fc.integer({ min: 0, max: 10_000_000 }),
    overheadPercent: hundredths(10_000),
    obligationsCentsPerHour: fc.integer({ min: 0, max: 100_000 }),
    riskPercent: hundredths(5_000),
    indexationPercent: hundredths(5_000),
    municipalTariffCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  },
  { requiredKeys: ['salaryCentsPerMonth', 'hoursPerWeek', 'holidayPayPercent', 'yearEndBonusPercent', 'irregularHoursPercent', 'choiceBudgetPercent', 'employerChargesPercent', 'nonProductivePercent', 'travelCentsPerYear', 'trainingCentsPerYear', 'overheadPercent', 'obligationsCentsPerHour', 'riskPercent', 'indexationPercent'] },
);

type CostKey = {
  [K in keyof RealPriceInput]-?: NonNullable<RealPriceInput[K]> extends Rational | number ? K : never;
}[keyof RealPriceInput];

/** Every input that is a cost: raising it must never lower the tariff. */
const COST_INPUTS: ReadonlyArray<{ key: CostKey; max: number; cents: boolean }> = [
  { key: 'salaryCentsPerMonth', max: 5_000_000, cents: true },
  { key: 'holidayPayPercent', max: 100, cents: false },
  { key: 'yearEndBonusPercent', max: 100, cents: false },
  { key: 'irregularHoursPercent', max: 100, cents: false },
  { key: 'choiceBudgetPercent', max: 100, cents: false },
  { key: 'employerChargesPercent', max: 100, cents: false },
  { key: 'nonProductivePercent', max: 99.99, cents: false },
  { key: 'travelCentsPerYear', max: 10_000_000, cents: true },
  { key: 'trainingCentsPerYear', max: 10_000_000, cents: true },
  { key: 'overheadPercent', max: 100, cents: false },
  { key: 'obligationsCentsPerHour', max: 100_000, cents: true },
  { key: 'riskPercent', max: 50, cents: false },
  { key: 'indexationPercent', max: 50, cents: false },
];

function raise(input: RealPriceInput, key: CostKey, cents: boolean, max: number, fraction: number): RealPriceInput {
  if (cents) {
    const current = input[key] as number;
    return { ...input, [key]: current + Math.floor((max - current) * fraction) };
  }
  const current = input[key] as Rational;
  const currentHundredths = Number((current.num * 100n) / current.den);
  const maxHundredths = Math.round(max * 100);
  return { ...input, [key]: rational(currentHundredths + Math.floor((maxHundredths - currentHundredths) * fraction), 100) };
}

describe('properties', () => {
  it('never gives NaN, Infinity or a negative amount, and the shares add up exactly', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        fc.pre(Object.keys(validateRealPriceInput(input)).length === 0);
        const result = calculateRealPrice(input);
        for (const value of [result.realTariffCents, result.costPricePerHourCents]) {
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThan(0);
        }
        expect(result.realTariffCents).toBeGreaterThanOrEqual(result.costPricePerHourCents);
        expect(result.shares.reduce((total, share) => total + share.cents, 0)).toBe(result.realTariffCents);
        for (const share of result.shares) expect(share.cents).toBeGreaterThanOrEqual(0);
        for (const row of result.steps) {
          expect(row.display).not.toMatch(/NaN|Infinity|undefined|-/);
          expect(row.formula).not.toMatch(/NaN|Infinity|undefined/);
        }
        if (result.comparison) {
          expect(result.comparison.verdict).toBe(input.municipalTariffCents !== undefined && input.municipalTariffCents >= result.realTariffCents ? 'dekt' : 'dekt-niet');
          expect(result.comparison.summary).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the tariff never decreases when any cost input increases', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.constantFrom(...COST_INPUTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, { key, cents, max }, fraction) => {
          // Only inputs the form accepts are calculated; the rest get an error instead (see validation tests).
          const raised = raise(input, key, cents, max, fraction);
          fc.pre(Object.keys(validateRealPriceInput(input)).length === 0 && Object.keys(validateRealPriceInput(raised)).length === 0);
          const before = calculateRealPrice(input);
          const after = calculateRealPrice(raised);
          expect(compare(after.exactRealTariff, before.exactRealTariff)).toBeGreaterThanOrEqual(0);
          expect(after.realTariffCents).toBeGreaterThanOrEqual(before.realTariffCents);
          expect(after.costPricePerHourCents).toBeGreaterThanOrEqual(before.costPricePerHourCents);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('more working hours never raise the tariff', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1000 }), (input, extraHundredths) => {
        const withoutOverride = { ...input, annualHours: undefined };
        fc.pre(Object.keys(validateRealPriceInput(withoutOverride)).length === 0);
        const hours = withoutOverride.hoursPerWeek ?? rational(1);
        const moreHours = rational(Math.min(6000, Number((hours.num * 100n) / hours.den) + extraHundredths), 100);
        const before = calculateRealPrice(withoutOverride);
        const after = calculateRealPrice({ ...withoutOverride, hoursPerWeek: moreHours });
        expect(compare(after.exactRealTariff, before.exactRealTariff)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('with an hourly wage, the cost of the professional per paid hour (element a) does not depend on the hours', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 100, max: 50_000 }), fc.integer({ min: 100, max: 6000 }), (input, wage, otherHundredths) => {
        const { salaryCentsPerMonth: _monthly, ...rest } = input;
        const hourly: RealPriceInput = { ...rest, wageCentsPerHour: wage, annualHours: undefined };
        const other: RealPriceInput = { ...hourly, hoursPerWeek: rational(otherHundredths, 100) };
        fc.pre(Object.keys(validateRealPriceInput(hourly)).length === 0 && Object.keys(validateRealPriceInput(other)).length === 0);
        const a = (r: ReturnType<typeof calculateRealPrice>) => r.shares.find((share) => share.element === 'a')!.exactCents;
        expect(a(calculateRealPrice(other))).toEqual(a(calculateRealPrice(hourly)));
      }),
      { numRuns: 200 },
    );
  });

  it('the verdict on the real price and on the cost price follow the amounts shown', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 1_000_000 }), (input, tariff) => {
        const withTariff = { ...input, municipalTariffCents: tariff };
        fc.pre(Object.keys(validateRealPriceInput(withTariff)).length === 0);
        const result = calculateRealPrice(withTariff);
        const comparison = result.comparison!;
        expect(comparison.verdict).toBe(tariff >= result.realTariffCents ? 'dekt' : 'dekt-niet');
        expect(comparison.costVerdict).toBe(tariff >= result.costPricePerHourCents ? 'dekt' : 'dekt-niet');
        expect(comparison.costDifferenceCents).toBe(tariff - result.costPricePerHourCents);
        expect(comparison.verdictText).toContain(`de reële prijs (${formatMoney(result.realTariffCents)})`);
        expect(comparison.costText).toContain(`de kostprijs per productief uur (${formatMoney(result.costPricePerHourCents)})`);
        // Covering the real price always means covering the cost price.
        if (comparison.verdict === 'dekt') expect(comparison.costVerdict).toBe('dekt');
      }),
      { numRuns: 300 },
    );
  });

  it('any text in any field gives either errors or a finite, positive result', () => {
    const dutchNumber = fc
      .tuple(fc.integer({ min: -1000, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '%', ' €', ',-'))
      .map(([whole, fraction, suffix]) => `${whole},${String(fraction).padStart(2, '0')}${suffix}`);
    const text = fc.oneof(fc.string({ maxLength: 12 }), dutchNumber, fc.constant(''));
    const raw = fc.record(
      {
        salaris: text,
        uren: text,
        jaaruren: text,
        vakantiegeld: text,
        'niet-productief': text,
        overhead: text,
        verplichtingen: text,
        risico: text,
        indexatie: text,
        tarief: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (fields) => {
        const result = parseRealPriceFields(fields);
        if (!result.ok) {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          for (const message of Object.values(result.errors)) expect(message).toMatch(/^[A-Z]/);
          return;
        }
        const price = calculateRealPrice(result.input);
        expect(Number.isSafeInteger(price.realTariffCents)).toBe(true);
        expect(price.realTariffCents).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
