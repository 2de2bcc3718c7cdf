import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type AowTable, ageOn, aowAgeFor, formatAge } from '../../src/lib/aow-age.ts';
import { addDays, compareDates } from '../../src/lib/calendar-date.ts';
import { type SegmentInfo, checkSegments, parseSegmentFields } from '../../src/lib/calc/segment-check.ts';
import { aowTableSchema } from '../../src/schemas/reference-data.ts';

const table: AowTable = aowTableSchema.parse(parse(readFileSync('content/referentie/aow-leeftijd.yaml', 'utf8')));

const kampen: SegmentInfo[] = [
  { id: 'tijdelijk', name: 'Tijdelijk', targetGroup: 'Volwassenen (18+ tot de AOW-leeftijd) …', age: { min: 18, maxExclusive: 'aow' } },
  { id: 'structureel', name: 'Structureel', targetGroup: 'Volwassenen (18+ tot de AOW-leeftijd) …', age: { min: 18, maxExclusive: 'aow' } },
  { id: 'ouderen', name: 'Ouderen', targetGroup: 'Inwoners die de AOW-leeftijd hebben bereikt …', age: { min: 'aow' } },
];

describe('aowAgeFor (table in content/referentie/aow-leeftijd.yaml)', () => {
  it.each([
    ['1947-06-01', 65, 0, '2012-06-01'],
    ['1948-11-30', 65, 1, '2013-12-30'],
    ['1952-12-31', 66, 0, '2018-12-31'],
    ['1953-01-01', 66, 4, '2019-05-01'],
    ['1955-08-31', 66, 4, '2021-12-31'],
    ['1955-09-01', 66, 7, '2022-04-01'],
    ['1956-06-01', 66, 10, '2023-04-01'],
    ['1957-03-01', 67, 0, '2024-03-01'],
    ['1960-12-31', 67, 0, '2027-12-31'],
    ['1961-09-30', 67, 3, '2028-12-30'],
  ])('born %s: %i years and %i months, on %s', (birth, years, months, date) => {
    expect(aowAgeFor(birth, table)).toEqual({ known: true, years, months, date });
  });

  it('is not known yet for people born after the table', () => {
    expect(aowAgeFor('1970-05-15', table)).toEqual({ known: false, atLeastYears: 67, atLeastMonths: 3, earliestDate: '2037-08-15' });
  });

  it('clamps a 29 February birthday', () => {
    expect(aowAgeFor('1960-02-29', table)).toMatchObject({ date: '2027-02-28' });
  });

  it('property: everyone in the table reaches the AOW age in the calendar year the table was made for (AOW age never decreases)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 30_000 }), (offset) => {
      const birth = addDays('1940-01-01', offset);
      const older = aowAgeFor(birth, table);
      const younger = aowAgeFor(addDays(birth, 1), table);
      const months = (a: typeof older) => (a.known ? a.years * 12 + a.months : a.atLeastYears * 12 + a.atLeastMonths);
      expect(months(younger)).toBeGreaterThanOrEqual(months(older));
      const date = (a: typeof older) => (a.known ? a.date : a.earliestDate);
      expect(compareDates(date(younger), date(older))).toBeGreaterThanOrEqual(0);
    }));
  });
});

describe('ageOn', () => {
  it('counts completed years and months', () => {
    expect(ageOn('2000-05-15', '2018-05-14')).toEqual({ years: 17, months: 11 });
    expect(ageOn('2000-05-15', '2018-05-15')).toEqual({ years: 18, months: 0 });
    expect(ageOn('2000-01-31', '2000-02-29')).toEqual({ years: 0, months: 1 });
    expect(ageOn('2000-05-15', '1999-01-01')).toEqual({ years: 0, months: 0 });
    expect(formatAge(66, 4)).toBe('66 jaar en 4 maanden');
    expect(formatAge(67, 1)).toBe('67 jaar en 1 maand');
  });

  it('property: age in months never decreases as the date moves on', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }), (b, d) => {
      const birth = addDays('1920-01-01', b);
      const on = addDays(birth, d);
      const a = ageOn(birth, on);
      const next = ageOn(birth, addDays(on, 1));
      expect(next.years * 12 + next.months - (a.years * 12 + a.months)).toBeGreaterThanOrEqual(0);
      expect(next.years * 12 + next.months - (a.years * 12 + a.months)).toBeLessThanOrEqual(1);
      expect(a.months).toBeLessThan(12);
    }));
  });
});

describe('checkSegments (Kampen)', () => {
  const check = (birth: string, on: string) => checkSegments({ birth, on }, table, kampen);

  it('an adult below the AOW age fits tijdelijk and structureel', () => {
    const result = check('1980-06-15', '2026-01-01');
    expect(result.matches.map((m) => [m.segment.id, m.fit])).toEqual([['tijdelijk', 'ja'], ['structureel', 'ja']]);
    expect(result.summary).toContain('passen naar leeftijd de segmenten tijdelijk en structureel');
    expect(result.rows[0]?.display).toBe('45 jaar en 6 maanden');
  });

  it('someone who reached the AOW age fits ouderen, from the day itself', () => {
    expect(check('1958-05-15', '2025-05-14').matches.map((m) => m.segment.id)).toEqual(['tijdelijk', 'structureel']);
    const result = check('1958-05-15', '2025-05-15');
    expect(result.matches.map((m) => m.segment.id)).toEqual(['ouderen']);
    expect(result.rows[1]?.display).toBe('67 jaar, op 15 mei 2025');
    expect(result.summary).toBe('Op 15 mei 2025 past naar leeftijd het segment ouderen.');
  });

  it('under 18: no segment, with a hint about the Jeugdwet', () => {
    const result = check('2010-01-01', '2026-01-01');
    expect(result.matches).toEqual([]);
    expect(result.summary).toContain('jonger dan 18');
  });

  it('turning 18 on the reference date counts', () => {
    expect(check('2008-01-01', '2026-01-01').matches).toHaveLength(2);
  });

  it('when the AOW age is not fixed yet but could be reached, the fit is uncertain', () => {
    const result = check('1975-01-01', '2042-06-01');
    expect(result.aowReached).toBe('onbekend');
    expect(result.matches.map((m) => [m.segment.id, m.fit])).toEqual([['tijdelijk', 'misschien'], ['structureel', 'misschien'], ['ouderen', 'misschien']]);
  });

  it('parses the fields, with today as the default reference date', () => {
    expect(parseSegmentFields({ geboortedatum: '15-5-1958' }, '2026-11-24')).toEqual({ ok: true, input: { birth: '1958-05-15', on: '2026-11-24' } });
    expect(parseSegmentFields({}, '2026-11-24')).toEqual({ ok: false, errors: { geboortedatum: 'Vul de geboortedatum in, bijvoorbeeld 1-1-2025' } });
    expect(parseSegmentFields({ geboortedatum: '1-1-2030' }, '2026-11-24')).toMatchObject({ ok: false, errors: { geboortedatum: 'De geboortedatum moet tussen 1900 en 2026 liggen' } });
    expect(parseSegmentFields({ geboortedatum: '1-1-2020', peildatum: '1-1-2019' }, '2026-11-24')).toMatchObject({ ok: false, errors: { geboortedatum: expect.stringContaining('na de peildatum') } });
  });

  it('property: an adult always fits at least one Kampen segment, and ouderen never together with the others', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 18 * 366, max: 100 * 365 }), (b, d) => {
      const birth = addDays('1930-01-01', b);
      const on = addDays(birth, d);
      const ids = check(birth, on).matches.map((m) => m.segment.id);
      expect(ids.length).toBeGreaterThan(0);
      if (ids.includes('ouderen') && ids.length > 1) expect(check(birth, on).aowReached).toBe('onbekend');
    }));
  });
});

describe('aowTableSchema', () => {
  it('refuses gaps, overlaps and a decreasing AOW age', () => {
    const base = parse(readFileSync('content/referentie/aow-leeftijd.yaml', 'utf8'));
    const gap = structuredClone(base);
    gap.rows[2].from = '1948-12-02';
    expect(aowTableSchema.safeParse(gap).success).toBe(false);
    const lower = structuredClone(base);
    lower.rows[3].years = 64;
    const issues = aowTableSchema.safeParse(lower).error?.issues.map((i) => i.message) ?? [];
    expect(issues.join(' ')).toContain('daalt');
  });
});
