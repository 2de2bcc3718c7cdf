import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, isoWeekMonday, isoWeeksInYear, parseIsoDate, todayInAmsterdam } from '../../src/lib/calendar-date.ts';

describe('calendar dates', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('1-1-2025')).toBeNull();
  });

  it('adds months with clamping to the last day of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-01', 48)).toBe('2029-01-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });

  it('adds days across years', () => {
    expect(addDays('2029-01-01', -1)).toBe('2028-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('finds the Monday of an ISO week', () => {
    // Week 16 of 2024 starts on Monday 15 April 2024 ("week van 15 april 2024").
    expect(isoWeekMonday(2024, 16)).toBe('2024-04-15');
    expect(isoWeekMonday(2026, 1)).toBe('2025-12-29');
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2024)).toBe(52);
  });

  it('gives today in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(todayInAmsterdam(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
    expect(todayInAmsterdam(new Date('2024-07-01T21:59:00Z'))).toBe('2024-07-01');
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const start = d.toISOString().slice(0, 10);
        expect(daysBetween(start, addDays(start, n))).toBe(n);
      }),
    );
  });
});
