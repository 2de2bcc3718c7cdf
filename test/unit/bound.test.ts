import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundKind, boundProblems, boundRecord, determinate, formatBound, type Bound } from '../../src/lib/bound.ts';
import { certaintySuffix, dateCertaintyLabel, isSettled } from '../../src/lib/certainty.ts';

const months = (n: number) => `${n} maanden`;

describe('bounds as the source gives them', () => {
  it('says what the source says, in its own strength', () => {
    expect(formatBound({ max: 48, openEnded: true }, months, { more: 'langer' })).toBe('maximaal 48 maanden, mogelijk langer');
    expect(formatBound({ exact: 4 }, (n) => `${n} jaar`)).toBe('4 jaar');
    expect(formatBound({ min: 12, max: 15, approx: true }, String)).toBe('circa 12 à 15');
    expect(formatBound({ min: 3, openEnded: true }, String)).toBe('minimaal 3, geen maximum');
    expect(formatBound({ min: 2, max: 5 }, String)).toBe('2 tot en met 5');
  });

  it('only an exact, firm bound gives a value to compute with', () => {
    expect(determinate({ exact: 48 })).toBe(48);
    expect(determinate({ max: 48 })).toBeUndefined();
    expect(determinate({ exact: 48, approx: true })).toBeUndefined();
    expect(determinate({ exact: 48, openEnded: true })).toBeUndefined();
    expect(determinate(null)).toBeUndefined();
  });

  it('a bound without a number, or with both an exact value and limits, is reported in Dutch', () => {
    expect(boundProblems({})).toEqual(["geef een getal: 'exact', 'min' of 'max' (bijvoorbeeld max: 48)"]);
    expect(boundProblems({ exact: 1, max: 2 })).toHaveLength(1);
    expect(boundProblems({ max: 2 })).toEqual([]);
    expect(boundProblems({ min: 15, max: 12 }, (n) => n)).toEqual(["'min' is groter dan 'max'"]);
  });

  it('property: every sound bound has a kind, a text that names its numbers, and open data without an invented exact value', () => {
    const arb: fc.Arbitrary<Bound<number>> = fc.oneof(
      fc.record({ exact: fc.nat(1000) }, { requiredKeys: ['exact'] }),
      fc.tuple(fc.option(fc.nat(1000), { nil: undefined }), fc.nat(1000), fc.boolean(), fc.boolean()).map(([min, max, approx, openEnded]) => ({ ...(min !== undefined ? { min: Math.min(min, max) } : {}), max, approx, openEnded })),
      fc.record({ min: fc.nat(1000), approx: fc.boolean(), openEnded: fc.boolean() }, { requiredKeys: ['min'] }),
    );
    fc.assert(fc.property(arb, (bound) => {
      expect(boundProblems(bound, (n) => n)).toEqual([]);
      const text = formatBound(bound, String);
      for (const value of [bound.exact, bound.min, bound.max]) if (value !== undefined) expect(text).toContain(String(value));
      const record = boundRecord(bound, (n) => n);
      expect(record.kind).toBe(boundKind(bound));
      if (record.kind !== 'exact') expect(record.exact).toBeUndefined();
      if (bound.approx) expect(text).toMatch(/^circa /);
      if (determinate(bound) !== undefined) expect(record.kind).toBe('exact');
    }));
  });
});

describe('certainty', () => {
  it('only a decided statement reads as settled; a planned date is "gepland"', () => {
    expect(isSettled('vastgesteld')).toBe(true);
    for (const c of ['voornemen', 'mogelijk', 'in-onderzoek', 'onbekend'] as const) expect(isSettled(c)).toBe(false);
    expect(certaintySuffix('vastgesteld')).toBe('');
    expect(certaintySuffix('voornemen')).toBe(' (voornemen)');
    expect(dateCertaintyLabel('voornemen')).toBe('gepland');
  });
});
