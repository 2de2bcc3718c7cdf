import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDutchDate } from '../../src/lib/dutch-date.ts';
import { formatDate } from '../../src/lib/period.ts';

describe('parseDutchDate', () => {
  it.each([
    ['2025-01-01', '2025-01-01'],
    ['1-1-2025', '2025-01-01'],
    ['01-01-2025', '2025-01-01'],
    ['31/12/2024', '2024-12-31'],
    ['1.3.2025', '2025-03-01'],
    ['1 januari 2025', '2025-01-01'],
    ['15 mrt 2024', '2024-03-15'],
    ['15 Sept. 2024', '2024-09-15'],
    ['  29-2-2024 ', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(parseDutchDate(input)).toEqual({ ok: true, date: expected });
  });

  it('gives Dutch errors for missing, impossible and out-of-range dates', () => {
    expect(parseDutchDate('', { name: 'de startdatum' })).toEqual({ ok: false, error: 'Vul de startdatum in, bijvoorbeeld 1-1-2025' });
    expect(parseDutchDate('30-2-2025')).toEqual({ ok: false, error: 'De datum bestaat niet: die maand heeft geen dag 30' });
    expect(parseDutchDate('1-13-2025')).toMatchObject({ ok: false, error: expect.stringContaining('maand die niet bestaat') });
    expect(parseDutchDate('1-1-1800')).toMatchObject({ ok: false, error: 'De datum moet tussen 1900 en 2100 liggen' });
    expect(parseDutchDate('gisteren')).toMatchObject({ ok: false });
    expect(parseDutchDate('1 xyz 2025')).toMatchObject({ ok: false, error: expect.stringContaining('maand voluit') });
    expect(parseDutchDate('<script>')).toMatchObject({ ok: false });
  });

  it('property: an ISO date and its Dutch label both read back as the same date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDutchDate(iso)).toEqual({ ok: true, date: iso });
        expect(parseDutchDate(formatDate(iso))).toEqual({ ok: true, date: iso });
        const [y, m, day] = iso.split('-');
        expect(parseDutchDate(`${Number(day)}-${Number(m)}-${y}`)).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it('property: never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseDutchDate(text);
      expect(typeof result.ok).toBe('boolean');
    }));
  });
});
