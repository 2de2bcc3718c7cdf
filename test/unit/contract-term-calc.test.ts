import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateTerm, lengthFieldValue, parseTermFields, parseTermLength } from '../../src/lib/calc/contract-term-calc.ts';
import { compareDates } from '../../src/lib/calendar-date.ts';

describe('parseTermLength', () => {
  it.each([
    ['4', 48],
    ['4 jaar', 48],
    ['1,5', 18],
    ['1.5 jaar', 18],
    ['18 maanden', 18],
    ['6 mnd', 6],
    ['1 maand', 1],
    ['0,25', 3],
  ])('%s is %i months', (text, months) => {
    expect(parseTermLength(text, 'de looptijd')).toEqual({ ok: true, months });
  });

  it('refuses fractions that are not whole months, zero, and absurd lengths', () => {
    expect(parseTermLength('1,1', 'de looptijd')).toMatchObject({ ok: false, error: expect.stringContaining('hele maanden') });
    expect(parseTermLength('0', 'de looptijd')).toMatchObject({ ok: false, error: 'De looptijd moet minstens 1 maand zijn' });
    expect(parseTermLength('51', 'de looptijd')).toMatchObject({ ok: false, error: expect.stringContaining('te lang') });
    expect(parseTermLength('drie', 'de looptijd')).toMatchObject({ ok: false });
    expect(parseTermLength('-1', 'de looptijd')).toMatchObject({ ok: false });
  });
});

describe('parseTermFields and calculateTerm', () => {
  it('Rijk van Nijmegen 2025: 4 years + 3 × 3 years, until 31 December 2037 (13 years)', () => {
    const parsed = parseTermFields({ start: '2025-01-01', looptijd: '4', verlengingen: '3, 3, 3' });
    expect(parsed).toEqual({ ok: true, input: { start: '2025-01-01', initialMonths: 48, extensionMonths: [36, 36, 36] } });
    if (!parsed.ok) return;
    const result = calculateTerm(parsed.input);
    expect(result.term.initialEnd).toBe('2028-12-31');
    expect(result.term.maxEnd).toBe('2037-12-31');
    expect(result.totalText).toBe('13 jaar');
    expect(result.longerThanFourYears).toBe(true);
    expect(result.rows.map((row) => [row.label, row.display])).toEqual([
      ['Eerste looptijd', '1 januari 2025 tot en met 31 december 2028'],
      ['Verlenging 1', '1 januari 2029 tot en met 31 december 2031'],
      ['Verlenging 2', '1 januari 2032 tot en met 31 december 2034'],
      ['Verlenging 3', '1 januari 2035 tot en met 31 december 2037'],
      ['Uiterste einddatum', '31 december 2037'],
      ['Totale looptijd', '13 jaar'],
    ]);
    expect(result.summary).toBe('De eerste looptijd eindigt op 31 december 2028. Met alle verlengingen loopt het contract uiterlijk tot en met 31 december 2037: 13 jaar.');
  });

  it('Kampen: 48 months from 1 januari 2026 is exactly four years, no warning', () => {
    const parsed = parseTermFields({ start: '1-1-2026', looptijd: '48 maanden' });
    if (!parsed.ok) throw new Error('expected ok');
    const result = calculateTerm(parsed.input);
    expect(result.term.maxEnd).toBe('2029-12-31');
    expect(result.longerThanFourYears).toBe(false);
    expect(result.summary).toBe('Het contract loopt tot en met 31 december 2029: 4 jaar.');
  });

  it('mixes years and months in the extensions', () => {
    const parsed = parseTermFields({ start: '2024-03-01', looptijd: '2', verlengingen: '1 jaar; 6 maanden' });
    if (!parsed.ok) throw new Error('expected ok');
    const result = calculateTerm(parsed.input);
    expect(result.term.maxEnd).toBe('2027-08-31');
    expect(result.totalText).toBe('3 jaar en 6 maanden');
  });

  it('reports every field error in Dutch', () => {
    expect(parseTermFields({})).toEqual({
      ok: false,
      errors: { start: 'Vul de startdatum in, bijvoorbeeld 1-1-2025', looptijd: 'Vul de eerste looptijd in, bijvoorbeeld 4 (jaar)' },
    });
    expect(parseTermFields({ start: '2025-01-01', looptijd: '4', verlengingen: '3,,3' })).toMatchObject({ ok: false, errors: { verlengingen: expect.stringContaining('Zet tussen twee komma') } });
    expect(parseTermFields({ start: '2025-01-01', looptijd: '4', verlengingen: '3, x' })).toMatchObject({ ok: false, errors: { verlengingen: expect.stringContaining('verlenging 2') } });
    expect(parseTermFields({ start: '2025-01-01', looptijd: '50', verlengingen: '50, 50' })).toMatchObject({ ok: false, errors: { verlengingen: expect.stringContaining('100 jaar') } });
  });

  it('lengthFieldValue writes years when whole, else months', () => {
    expect(lengthFieldValue(48)).toBe('4');
    expect(lengthFieldValue(18)).toBe('18 maanden');
    for (const months of [1, 6, 12, 18, 48, 600]) expect(parseTermLength(lengthFieldValue(months), 'x')).toEqual({ ok: true, months });
  });

  it('property: the maximum end date is never before the initial end, and the total adds up', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 5 }),
        (date, initialMonths, extensionMonths) => {
          const start = date.toISOString().slice(0, 10);
          const result = calculateTerm({ start, initialMonths, extensionMonths });
          expect(compareDates(result.term.maxEnd, result.term.initialEnd)).toBeGreaterThanOrEqual(0);
          expect(compareDates(result.term.initialEnd, start)).toBeGreaterThanOrEqual(0);
          expect(result.term.totalMonths).toBe(initialMonths + extensionMonths.reduce((a, b) => a + b, 0));
          expect(result.longerThanFourYears).toBe(result.term.totalMonths > 48);
          for (const row of result.rows) expect(row.display).not.toMatch(/NaN|undefined|Infinity/);
        },
      ),
    );
  });

  it('property: parsing never throws on any text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (start, looptijd, verlengingen) => {
      const result = parseTermFields({ start, looptijd, verlengingen });
      if (result.ok) expect(() => calculateTerm(result.input)).not.toThrow();
    }));
  });
});
