import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../src/lib/calendar-date.ts';
import { announcementStatusLabel, announcementTimingText, durationText, monthsBetween, sourceAgeText } from '../../src/lib/reference-age.ts';

describe('how old reference data is', () => {
  it('counts whole months: 21 June 2024 → 29 November 2026 is 2 years and 5 months', () => {
    expect(monthsBetween('2024-06-21', '2026-11-29')).toBe(29);
    expect(monthsBetween('2024-06-21', '2024-07-20')).toBe(0);
    expect(monthsBetween('2024-06-21', '2024-07-21')).toBe(1);
    expect(durationText(29)).toBe('2 jaar en 5 maanden');
    expect(durationText(24)).toBe('2 jaar');
    expect(durationText(13)).toBe('1 jaar en 1 maand');
    expect(durationText(0)).toBe('minder dan een maand');
  });

  it('says the date of the source and its age on the day the page was made', () => {
    expect(sourceAgeText('2024-06-21', '2026-11-29')).toBe(
      'De bron is van 21 juni 2024. Toen deze pagina werd gemaakt, op 29 november 2026, was die 2 jaar en 5 maanden oud.',
    );
  });

  it('never counts backwards or gives a negative age', () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(date, date, (a, b) => {
        const months = monthsBetween(a, b);
        expect(months).toBeGreaterThanOrEqual(0);
        expect(durationText(months)).not.toMatch(/-|NaN/);
        expect(monthsBetween(a, addDays(b, 400))).toBeGreaterThanOrEqual(months);
      }),
    );
    expect(toIsoDate({ year: 2026, month: 11, day: 29 })).toBe('2026-11-29');
  });
});

describe('an announced change after its expected date', () => {
  const announced = { status: 'aangekondigd' as const, expectedStart: '2026-01-01' };

  it('the label says it is the source that calls it announced', () => {
    expect(announcementStatusLabel('aangekondigd', '2024-06-21')).toBe('Aangekondigd volgens de bron (21 juni 2024)');
    expect(announcementStatusLabel('ingevoerd')).toBe('Ingevoerd volgens de bron');
  });

  it('before the date: the expected start as the source gives it', () => {
    expect(announcementTimingText(announced, '2025-12-31')).toBe('Verwachte start volgens de bron: 1 januari 2026.');
  });

  it('on or after the date: the date has passed and the site does not know whether it happened', () => {
    for (const today of ['2026-01-01', '2026-11-29']) {
      const text = announcementTimingText(announced, today);
      expect(text).toContain('Volgens de bron zou dit ingaan op 1 januari 2026. Die datum is voorbij');
      expect(text).toContain('Of de wijziging echt is ingegaan, weet deze site niet: geen bron op deze site zegt het.');
    }
    expect(announcementTimingText(announced, '2026-11-29')).toContain('(deze pagina is gemaakt op 29 november 2026)');
  });

  it('never says it happened, and says nothing without an expected date', () => {
    const statuses = ['aangekondigd', 'wetsvoorstel', 'aangenomen', 'ingevoerd', 'uitgesteld', 'ingetrokken'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.integer({ min: -800, max: 800 }), (status, offset) => {
        const text = announcementTimingText({ status, expectedStart: '2026-01-01' }, addDays('2026-01-01', offset)) ?? '';
        expect(text).not.toMatch(/is ingegaan\.|is ingevoerd/);
        if (status === 'aangekondigd' && offset >= 0) expect(text).toContain('weet deze site niet');
      }),
    );
    expect(announcementTimingText({ status: 'aangekondigd' }, '2026-11-29')).toBeUndefined();
  });
});
