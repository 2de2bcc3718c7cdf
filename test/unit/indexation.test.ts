import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVA_WEIGHT_PERCENT,
  type IndexationField,
  type IndexationInput,
  calculateIndexation,
  parseIndexationFields,
  validateIndexationInput,
  weightedFigure,
} from '../../src/lib/calc/indexation.ts';
import type { RawFields } from '../../src/lib/calc/form-fields.ts';
import { compare, isNegative, rational } from '../../src/lib/rational.ts';

function parsed(raw: RawFields<IndexationField>): IndexationInput {
  const result = parseIndexationFields(raw);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.input;
}

function errorsOf(raw: RawFields<IndexationField>) {
  const result = parseIndexationFields(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

/* Illustrative figures (not real publications), in %. */
const EXAMPLE: RawFields<IndexationField> = {
  'ova-vorig-voorlopig': '4,00',
  'ova-vorig-definitief': '4,50',
  'pcc-vorig-voorlopig': '3,00',
  'pcc-vorig-definitief': '2,00',
  'ova-voorlopig': '3,50',
  'pcc-voorlopig': '2,50',
  tarief: '60,00',
};

describe('calculateIndexation: worked example, additive correction (default)', () => {
  /*
   * By hand, weight 90% OVA / 10% PCC:
   *   last year provisional   0,9 × 4,00 + 0,1 × 3,00 = 3,90
   *   last year definitive    0,9 × 4,50 + 0,1 × 2,00 = 4,25
   *   correction              4,25 − 3,90             = 0,35
   *   new year provisional    0,9 × 3,50 + 0,1 × 2,50 = 3,40
   *   index                   3,40 + 0,35             = 3,75%
   *   tariff                  € 60,00 × 1,0375        = € 62,25
   */
  const input = parsed(EXAMPLE);
  const result = calculateIndexation(input);

  it('uses the default weight of 90% OVA', () => {
    expect(input.ovaWeightPercent).toEqual(DEFAULT_OVA_WEIGHT_PERCENT);
    expect(result.pccWeightPercent).toEqual(rational(10));
  });

  it('gives the weighted figures, the correction and the index', () => {
    expect(result.weightedPreviousProvisional).toEqual(rational(39, 10));
    expect(result.weightedPreviousDefinitive).toEqual(rational(425, 100));
    expect(result.correctionPercent).toEqual(rational(35, 100));
    expect(result.weightedProvisional).toEqual(rational(34, 10));
    expect(result.indexPercent).toEqual(rational(375, 100));
    expect(result.correctionMethod).toBe('additive');
  });

  it('indexes the tariff', () => {
    expect(result.indexedTariffCents).toBe(6225);
    expect(result.increaseCents).toBe(225);
  });

  it('shows its working and explains the method, mentioning the other way', () => {
    expect(result.steps.map((row) => [row.step, row.display])).toEqual([
      ['vorig-voorlopig', '3,9%'],
      ['vorig-definitief', '4,25%'],
      ['correctie', '0,35%'],
      ['nieuw-voorlopig', '3,4%'],
      ['index', '3,75%'],
      ['tarief', '€ 62,25'],
    ]);
    expect(result.steps[0]?.formula).toBe('90% × OVA 4% + 10% × PCC 3%');
    expect(result.steps[5]?.formula).toBe('€ 60,00 × (1 + 3,75%)');
    expect(result.method).toContain('90% OVA en 10% PCC');
    expect(result.method).toContain('Hier tellen we de correctie op');
    expect(result.method).toContain('Sommige publicaties rekenen de correctie anders');
  });
});

describe('calculateIndexation: multiplicative correction', () => {
  /*
   * 1 + index = 1,034 × 1,0425 ÷ 1,039 = 1,077945 ÷ 1,039 = 1,0374831…
   * index = 389.450 / 103.900 % ≈ 3,7483%; correction = 1,0425 ÷ 1,039 − 1 ≈ 0,3369%.
   * € 1.000 × 1,0374831… = € 1.037,4831… → € 1.037,48 (additive would give € 1.037,50).
   */
  const input = parsed({ ...EXAMPLE, tarief: '1.000', correctie: 'vermenigvuldigen' });
  const result = calculateIndexation(input);

  it('computes the index and correction as factors', () => {
    expect(result.correctionMethod).toBe('multiplicative');
    expect(result.indexPercent).toEqual(rational(389_450, 103_900));
    expect(result.correctionPercent).toEqual(rational(35_000, 103_900));
    expect(result.indexedTariffCents).toBe(103_748);
    expect(calculateIndexation({ ...input, correction: 'additive' }).indexedTariffCents).toBe(103_750);
  });

  it('explains that most regions add instead', () => {
    expect(result.method).toContain('Hier vermenigvuldigen we');
    expect(result.method).toContain('tellen de correctie gewoon op');
  });
});

describe('calculateIndexation: small cases', () => {
  it('rounds the indexed tariff half away from zero: 50 cent × 1,03 = 51,5 → 52 cent', () => {
    const input = parsed({ ...EXAMPLE, 'ova-vorig-definitief': '4', 'pcc-vorig-definitief': '3', 'ova-voorlopig': '3', 'pcc-voorlopig': '3', tarief: '0,50' });
    const result = calculateIndexation(input);
    expect(result.correctionPercent).toEqual(rational(0));
    expect(result.indexPercent).toEqual(rational(3));
    expect(result.indexedTariffCents).toBe(52);
  });

  it('works without a tariff and with a custom weight', () => {
    const result = calculateIndexation(parsed({ ...EXAMPLE, tarief: '', 'gewicht-ova': '100' }));
    expect(result.indexedTariffCents).toBeUndefined();
    expect(result.increaseCents).toBeUndefined();
    expect(result.steps).toHaveLength(5);
    // 100% OVA: 3,50 + (4,50 − 4,00) = 4,00
    expect(result.indexPercent).toEqual(rational(4));
  });

  it('handles a negative index (deflation) without a negative tariff', () => {
    const result = calculateIndexation(
      parsed({ ...EXAMPLE, 'ova-voorlopig': '-2', 'pcc-voorlopig': '-2', 'ova-vorig-definitief': '4', 'pcc-vorig-definitief': '3' }),
    );
    expect(result.indexPercent).toEqual(rational(-2));
    expect(result.indexedTariffCents).toBe(5880);
    expect(result.increaseCents).toBe(-120);
  });
});

describe('validation', () => {
  it('asks for all six index figures', () => {
    expect(errorsOf({})).toEqual({
      'ova-vorig-voorlopig': 'Vul de voorlopige OVA van vorig jaar in, bijvoorbeeld 3,5',
      'ova-vorig-definitief': 'Vul de definitieve OVA van vorig jaar in, bijvoorbeeld 3,5',
      'pcc-vorig-voorlopig': 'Vul de voorlopige PCC van vorig jaar in, bijvoorbeeld 3,5',
      'pcc-vorig-definitief': 'Vul de definitieve PCC van vorig jaar in, bijvoorbeeld 3,5',
      'ova-voorlopig': 'Vul de voorlopige OVA voor het nieuwe jaar in, bijvoorbeeld 3,5',
      'pcc-voorlopig': 'Vul de voorlopige PCC voor het nieuwe jaar in, bijvoorbeeld 3,5',
    });
  });

  it.each<[IndexationField, string, string]>([
    ['ova-voorlopig', '-21', 'De voorlopige OVA voor het nieuwe jaar mag niet kleiner zijn dan -20%'],
    ['pcc-vorig-definitief', '51', 'De definitieve PCC van vorig jaar mag niet groter zijn dan 50%'],
    ['ova-vorig-voorlopig', 'vier', 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 8,5'],
    ['gewicht-ova', '101', 'Het gewicht van de OVA mag niet groter zijn dan 100%'],
    ['gewicht-ova', '-1', 'Het gewicht van de OVA mag niet negatief zijn'],
    ['tarief', '-5', 'Het tarief mag niet negatief zijn'],
    ['correctie', 'delen', 'Kies voor de correctie "optellen" of "vermenigvuldigen"'],
  ])('%s = %j → %s', (field, text, message) => {
    expect(errorsOf({ ...EXAMPLE, [field]: text })).toEqual({ [field]: message });
  });

  it('accepts the correction method in any case', () => {
    expect(parsed({ ...EXAMPLE, correctie: ' Optellen ' }).correction).toBe('additive');
  });

  it('checks typed input and refuses to calculate with invalid input', () => {
    const input = parsed(EXAMPLE);
    expect(validateIndexationInput(input)).toEqual({});
    const invalid = { ...input, ovaWeightPercent: rational(120) };
    expect(validateIndexationInput(invalid)).toEqual({ 'gewicht-ova': 'Het gewicht van de OVA mag niet groter zijn dan 100%' });
    expect(() => calculateIndexation(invalid)).toThrow(RangeError);
  });
});

const figure = fc.integer({ min: -2000, max: 5000 }).map((n) => rational(n, 100));
const arbInput: fc.Arbitrary<IndexationInput> = fc.record({
  ovaWeightPercent: fc.integer({ min: 0, max: 10_000 }).map((n) => rational(n, 100)),
  previousOvaProvisional: figure,
  previousOvaDefinitive: figure,
  previousPccProvisional: figure,
  previousPccDefinitive: figure,
  ovaProvisional: figure,
  pccProvisional: figure,
  tariffCents: fc.integer({ min: 0, max: 10_000_000 }),
  correction: fc.constantFrom('additive' as const, 'multiplicative' as const),
});

describe('properties', () => {
  it('the weighted figure lies between OVA and PCC', () => {
    fc.assert(
      fc.property(arbInput, ({ ovaWeightPercent, ovaProvisional, pccProvisional }) => {
        const weighted = weightedFigure(ovaWeightPercent, ovaProvisional, pccProvisional);
        const [low, high] = compare(ovaProvisional, pccProvisional) <= 0 ? [ovaProvisional, pccProvisional] : [pccProvisional, ovaProvisional];
        expect(compare(weighted, low)).toBeGreaterThanOrEqual(0);
        expect(compare(weighted, high)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('never gives a negative, NaN or infinite tariff, and a non-negative index never lowers it', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = calculateIndexation(input);
        expect(Number.isSafeInteger(result.indexedTariffCents)).toBe(true);
        expect(result.indexedTariffCents).toBeGreaterThanOrEqual(0);
        if (!isNegative(result.indexPercent)) expect(result.indexedTariffCents).toBeGreaterThanOrEqual(input.tariffCents ?? 0);
        for (const row of result.steps) expect(row.display).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 500 },
    );
  });

  it('without a difference between definitive and provisional, there is no correction and both methods agree', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const same = { ...input, previousOvaDefinitive: input.previousOvaProvisional, previousPccDefinitive: input.previousPccProvisional };
        const additive = calculateIndexation({ ...same, correction: 'additive' });
        const multiplicative = calculateIndexation({ ...same, correction: 'multiplicative' });
        expect(additive.correctionPercent).toEqual(rational(0));
        expect(multiplicative.indexPercent).toEqual(additive.indexPercent);
        expect(additive.indexPercent).toEqual(additive.weightedProvisional);
      }),
    );
  });

  it('the indexed tariff is monotone in the tariff and in the new figures', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 500 }), (input, extraCents, extraHundredths) => {
        const base = calculateIndexation(input).indexedTariffCents ?? 0;
        const higherTariff = calculateIndexation({ ...input, tariffCents: Math.min(10_000_000, (input.tariffCents ?? 0) + extraCents) });
        expect(higherTariff.indexedTariffCents ?? 0).toBeGreaterThanOrEqual(base);
        const raised = rational(Math.min(5000, Number((input.ovaProvisional.num * 100n) / input.ovaProvisional.den) + extraHundredths), 100);
        const higherOva = calculateIndexation({ ...input, ovaProvisional: compare(raised, input.ovaProvisional) >= 0 ? raised : input.ovaProvisional });
        expect(higherOva.indexedTariffCents ?? 0).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });
});
