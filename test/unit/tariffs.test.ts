/** Tariff rows (src/lib/document/tariffs.ts): the unit and the frequency apart, nothing filled in. */
import { describe, expect, it } from 'vitest';
import { tariffRows } from '../../src/lib/document/tariffs.ts';

const names: Record<string, string> = { begeleiding: 'Begeleiding', dagbesteding: 'Dagbesteding' };
const name = (id: string) => names[id]!;

describe('tariffRows', () => {
  it('says the amount per unit, the frequency apart, and "Niet genoemd" where the document is silent', () => {
    const rows = tariffRows([
      { product: { id: 'dagbesteding' }, tariffs: [{ year: 2026, amountCents: 4215, unit: 'dagdeel', frequency: 'per week', certainty: 'voornemen' }] },
      { product: { id: 'begeleiding' }, tariffs: [{ year: 2026, amountCents: 6120, unit: 'uur', indexation: 'OVA 2026', certainty: 'vastgesteld' }, { year: 2025, amountCents: 5980, unit: 'uur', certainty: 'vastgesteld' }] },
      { product: { id: 'begeleiding' } },
    ], name);
    expect(rows.map((r) => [r.product, r.year, r.amount, r.frequency, r.indexation, r.certaintyText])).toEqual([
      ['Begeleiding', 2025, '€ 59,80 per uur', 'Niet genoemd', 'Niet genoemd', ''],
      ['Begeleiding', 2026, '€ 61,20 per uur', 'Niet genoemd', 'OVA 2026', ''],
      ['Dagbesteding', 2026, '€ 42,15 per dagdeel', 'per week', 'Niet genoemd', ' (voornemen)'],
    ]);
  });

  it('gives no rows when no product states a tariff', () => {
    expect(tariffRows([{ product: { id: 'begeleiding' } }], name)).toEqual([]);
  });
});
