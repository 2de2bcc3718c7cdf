import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type MonthlyRate, calculateContribution, parseContributionFields } from '../../src/lib/calc/contribution.ts';
import { contributionSchema } from '../../src/schemas/reference-data.ts';

const rates: MonthlyRate[] = [{ year: 2024, amountCents: 2060, source: 'Zorgregio, inkoopstrategie 2024' }];

describe('abonnementstarief', () => {
  it('the content file is valid and states € 20,60 for 2024 with its source', () => {
    const data = contributionSchema.parse(parse(readFileSync('content/referentie/abonnementstarief.yaml', 'utf8')));
    expect(data.rates.find((r) => r.year === 2024)?.amountCents).toBe(2060);
    expect(data.rates.every((r) => r.source.publisher.length > 0)).toBe(true);
    expect(data.announcements[0]).toMatchObject({ id: 'inkomensafhankelijke-eigen-bijdrage', status: 'aangekondigd', expectedStart: '2026-01-01' });
  });

  it('2024, a whole year: 12 × € 20,60 = € 247,20', () => {
    const parsed = parseContributionFields({ jaar: '2024' }, rates);
    if (!parsed.ok) throw new Error('expected ok');
    const result = calculateContribution(parsed.input, rates);
    expect(result.totalCents).toBe(24_720);
    expect(result.rows.map((r) => r.display)).toEqual(['€ 20,60 per maand', '12', '€ 247,20']);
    expect(result.summary).toBe('In 2024 is het abonnementstarief € 20,60 per maand. Voor 12 maanden is dat € 247,20.');
  });

  it('3 months: € 61,80', () => {
    const parsed = parseContributionFields({ jaar: '2024', maanden: '3' }, rates);
    if (!parsed.ok) throw new Error('expected ok');
    expect(calculateContribution(parsed.input, rates).totalCents).toBe(6180);
  });

  it('says which years are known when a year has no sourced amount', () => {
    expect(parseContributionFields({ jaar: '2031' }, rates)).toEqual({ ok: false, errors: { jaar: 'Voor 2031 hebben we nog geen bedrag met een bron. Wel voor: 2024' } });
    expect(parseContributionFields({ jaar: '2024', maanden: '13' }, rates)).toMatchObject({ ok: false, errors: { maanden: expect.stringContaining('12') } });
    expect(parseContributionFields({}, rates)).toEqual({ ok: false, errors: { jaar: 'Kies een jaar' } });
  });

  it('refuses a year twice in the content', () => {
    const data = parse(readFileSync('content/referentie/abonnementstarief.yaml', 'utf8'));
    data.rates.push({ ...data.rates[0] });
    expect(contributionSchema.safeParse(data).success).toBe(false);
  });

  it('property: total = monthly × months, never negative', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 100_000 }), (months, amountCents) => {
      const result = calculateContribution({ year: 2030, months }, [{ year: 2030, amountCents, source: 'x' }]);
      expect(result.totalCents).toBe(amountCents * months);
      expect(result.summary).not.toMatch(/NaN|undefined/);
    }));
  });
});
