import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeContractTerm, formatLength } from '../../src/lib/contract-term.ts';

describe('computeContractTerm', () => {
  it('Rijk van Nijmegen 2025: 4 years + 3 × 3 years ends on 31 December 2037', () => {
    const term = computeContractTerm('2025-01-01', { years: 4 }, [{ years: 3 }, { years: 3 }, { years: 3 }]);
    expect(term.initialEnd).toBe('2028-12-31');
    expect(term.segments.map((s) => [s.start, s.end])).toEqual([
      ['2025-01-01', '2028-12-31'],
      ['2029-01-01', '2031-12-31'],
      ['2032-01-01', '2034-12-31'],
      ['2035-01-01', '2037-12-31'],
    ]);
    expect(term.maxEnd).toBe('2037-12-31');
    expect(term.totalMonths).toBe(156);
  });

  it('Blok B 2018: 3 years + 2 × 2 years ends on 31 December 2024', () => {
    const term = computeContractTerm('2018-01-01', { years: 3 }, [{ years: 2 }, { years: 2 }]);
    expect(term.initialEnd).toBe('2020-12-31');
    expect(term.maxEnd).toBe('2024-12-31');
  });

  it('Nijmegen hulp bij het huishouden: 5 years + 3 + 2 ends on 31 December 2033 (10 years)', () => {
    const term = computeContractTerm('2024-01-01', { years: 5 }, [{ years: 3 }, { years: 2 }]);
    expect(term.initialEnd).toBe('2028-12-31');
    expect(term.maxEnd).toBe('2033-12-31');
    expect(formatLength(term.totalMonths)).toBe('10 jaar');
  });

  it('handles months and month ends', () => {
    const term = computeContractTerm('2025-01-31', { months: 1 }, [{ months: 6 }]);
    expect(term.initialEnd).toBe('2025-02-27');
    expect(term.segments[1]).toMatchObject({ start: '2025-02-28', end: '2025-08-30' });
    expect(formatLength({ years: 1, months: 6 })).toBe('1 jaar en 6 maanden');
    expect(formatLength({ months: 1 })).toBe('1 maand');
    // A length stated in months keeps its unit; a computed number of months is written in years.
    expect(formatLength({ months: 48 })).toBe('48 maanden');
    expect(formatLength(48)).toBe('4 jaar');
  });

  it('rejects empty terms', () => {
    expect(() => computeContractTerm('2025-01-01', {})).toThrow('minstens één maand');
    expect(() => computeContractTerm('2025-01-01', { years: 1 }, [{ months: 0 }])).toThrow('Verlenging 1');
  });

  it('segments are contiguous and the maximum end is never before the initial end (property)', () => {
    const length = fc.oneof(fc.record({ years: fc.integer({ min: 1, max: 10 }) }), fc.record({ months: fc.integer({ min: 1, max: 60 }) }));
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }), length, fc.array(length, { maxLength: 5 }), (d, initial, extensions) => {
        const term = computeContractTerm(d.toISOString().slice(0, 10), initial, extensions);
        expect(term.maxEnd >= term.initialEnd).toBe(true);
        expect(term.initialEnd >= term.start).toBe(true);
        for (let i = 1; i < term.segments.length; i++) {
          expect(term.segments[i]!.start > term.segments[i - 1]!.end).toBe(true);
        }
      }),
    );
  });
});
