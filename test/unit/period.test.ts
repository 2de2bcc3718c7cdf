import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPeriod, parsePeriod, period } from '../../src/lib/period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2024-04-23', 'day', '2024-04-23', '2024-04-23', '23 april 2024'],
    ['2024-05-21T12:00', 'datetime', '2024-05-21', '2024-05-21', '21 mei 2024, 12:00 uur'],
    ['2024-W16', 'week', '2024-04-15', '2024-04-21', 'week van 15 april 2024'],
    ['2024-05', 'month', '2024-05-01', '2024-05-31', 'mei 2024'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', 'februari 2024'],
    ['2024-Q3', 'quarter', '2024-07-01', '2024-09-30', 'Q3 2024'],
    ['2017', 'year', '2017-01-01', '2017-12-31', '2017'],
    ['2024-09/2024-10', 'span', '2024-09-01', '2024-10-31', 'september/oktober 2024'],
    ['2024-10/2024-12', 'span', '2024-10-01', '2024-12-31', 'oktober t/m december 2024'],
    ['2025-Q2/2025-Q3', 'span', '2025-04-01', '2025-09-30', 'Q2 en Q3 2025'],
    ['2024-12/2025-07', 'span', '2024-12-01', '2025-07-31', 'december 2024 t/m juli 2025'],
    ['2024-09-26/2024-10-24', 'span', '2024-09-26', '2024-10-24', '26 september t/m 24 oktober 2024'],
  ])('%s', (notation, precision, start, end, label) => {
    const p = period(notation);
    expect(p).toMatchObject({ precision, start, end });
    expect(formatPeriod(p)).toBe(label);
  });

  it.each([
    ['', 'leeg'],
    ['1-1-2025', "kreeg '1-1-2025'"],
    ['2025-02-30', 'deze dag bestaat niet'],
    ['2024-W54', 'week 54 bestaat niet in 2024'],
    ['2024-13', 'maand 13 bestaat niet'],
    ['2024-10/2024-09', 'het einde ligt vóór het begin'],
    ['2024/2025/2026', 'precies één schuine streep'],
    ['2024-05-21T25:00', 'ongeldige tijd'],
  ])('rejects %j with a Dutch reason', (notation, reason) => {
    const result = parsePeriod(notation);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('never ends before it starts, and never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const result = parsePeriod(s);
        if (result.ok) expect(result.period.start <= result.period.end).toBe(true);
      }),
    );
  });

  it('spans of valid months are ordered and labelled without NaN (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), (year, month, extra) => {
        const endIndex = year * 12 + month - 1 + extra;
        const a = `${year}-${String(month).padStart(2, '0')}`;
        const b = `${Math.floor(endIndex / 12)}-${String((endIndex % 12) + 1).padStart(2, '0')}`;
        const p = period(`${a}/${b}`);
        expect(p.start <= p.end).toBe(true);
        expect(formatPeriod(p)).not.toMatch(/NaN|undefined/);
      }),
    );
  });
});

describe('periods that say no more than the source', () => {
  it('"eind 2025" stays "eind 2025": the whole year for sorting, not the fourth quarter', () => {
    const p = period('eind-2025');
    expect(p).toMatchObject({ precision: 'year', yearPart: 'eind', start: '2025-01-01', end: '2025-12-31' });
    expect(formatPeriod(p)).toBe('eind 2025');
    expect(formatPeriod(period('begin-2026'))).toBe('begin 2026');
    expect(formatPeriod(period('medio-2025'))).toBe('medio 2025');
  });

  it('two separate dates stay two dates, not a span', () => {
    const p = period('2024-09-26, 2024-10-24');
    expect(p.precision).toBe('dates');
    expect(p.dates?.map((d) => d.start)).toEqual(['2024-09-26', '2024-10-24']);
    expect(formatPeriod(p)).toBe('26 september/24 oktober 2024');
    expect(formatPeriod(p)).not.toContain('t/m');
    expect(formatPeriod(period('2024-12-18, 2025-01-15'))).toBe('18 december 2024/15 januari 2025');
  });

  it('rejects separate dates out of order, a mix with a span, and non-day parts with a Dutch reason', () => {
    for (const bad of ['2024-10-24, 2024-09-26', '2024-09-26, 2024-09-26', '2024-09/2024-10, 2024-11-01', '2024-09, 2024-10']) {
      const result = parsePeriod(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/verwacht een datum of periode/);
    }
  });

  it('a year the author inferred is shown as inferred, never as the source\'s own', () => {
    const p = { ...period('2024-03-21'), inferred: { part: 'jaar' as const, reason: 'de sessie ging vooraf aan de bijeenkomst van 25 april 2024' } };
    expect(formatPeriod(p)).toBe('21 maart; jaar niet genoemd, vermoedelijk 2024');
    const month = { ...period('2024-05'), inferred: { part: 'maand' as const, reason: 'uit de planningstabel' } };
    expect(formatPeriod(month)).toBe('vermoedelijk mei 2024; maand niet genoemd');
  });
});
