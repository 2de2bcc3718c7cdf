/**
 * The calculator islands rendered to HTML as the server does (what people
 * without JavaScript get): every input has a label, the result area says what
 * to do, nothing like NaN or undefined.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import BudgetCalculator from '../../src/components/calculators/BudgetCalculator.tsx';
import ContractTermCalculator from '../../src/components/calculators/ContractTermCalculator.tsx';
import ContributionCalculator from '../../src/components/calculators/ContributionCalculator.tsx';
import IndexationCalculator from '../../src/components/calculators/IndexationCalculator.tsx';
import RealPriceCalculator from '../../src/components/calculators/RealPriceCalculator.tsx';
import SegmentCalculator from '../../src/components/calculators/SegmentCalculator.tsx';
import SroiCalculator from '../../src/components/calculators/SroiCalculator.tsx';
import type { SroiRule } from '../../src/lib/calc/sroi.ts';
import { calculatorSlugs, type CalculatorSlug } from '../../src/data/calculator-registry.ts';

const kampenSroi: SroiRule[] = [
  { slug: 'kampen', variant: 0, title: 'Kampen 5%', percentage: '5', basis: 'opdrachtwaarde', years: '4' },
  { slug: 'kampen', variant: 1, title: 'Kampen 2% omzet', percentage: '2', basis: 'omzet', mvo: '0,5', years: '4' },
];

// Rendered with their default id prefix, as on their own pages; one per calculator in the registry (the type says so).
const islands: Record<CalculatorSlug, () => string> = {
  looptijd: () => renderToString(h(ContractTermCalculator, { frameworks: [{ slug: 'x', title: 'X', start: '2025-01-01', initialMonths: 48, extensionMonths: [36] }] })),
  sroi: () => renderToString(h(SroiCalculator, { frameworks: kampenSroi })),
  'reele-prijs': () => renderToString(h(RealPriceCalculator, { embedded: false })),
  indexatie: () => renderToString(h(IndexationCalculator, { embedded: false })),
  budget: () => renderToString(h(BudgetCalculator, { embedded: false })),
  'eigen-bijdrage': () => renderToString(h(ContributionCalculator, { rates: [{ year: 2024, amountCents: 2060, source: 'Zorgregio' }] })),
  segment: () => renderToString(h(SegmentCalculator, {
    table: { rows: [{ to: '1960-12-31', years: 67, months: 0 }], after: { atLeastYears: 67, atLeastMonths: 3 } },
    segments: [{ id: 'ouderen', name: 'Ouderen', targetGroup: 'AOW', age: { min: 'aow' } }],
    kader: 'kampen', kaderTitle: 'Kampen', buildDate: '2026-01-01',
  })),
};

describe('server-rendered calculators', () => {
  it('covers every calculator of the registry', () => {
    expect(Object.keys(islands).sort()).toEqual([...calculatorSlugs].sort());
  });

  for (const [name, render] of Object.entries(islands)) {
    it(`${name}: labelled fields, a result area that explains, no NaN`, () => {
      const html = render();
      // On its own page the island's ids start with the registry slug (the browser tests rely on it).
      expect(html).toContain(`id="${name}-uitkomst"`);
      const inputIds = [...html.matchAll(/<input[^>]*\bid="([^"]+)"[^>]*type="text"|<input[^>]*type="text"[^>]*\bid="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      expect(inputIds.length).toBeGreaterThan(0);
      for (const id of inputIds) expect(html).toContain(`for="${id}"`);
      expect(html).toContain('aria-live="polite"');
      expect(html).toContain('Deze rekenhulp werkt met JavaScript');
      expect(html).toMatch(/<button type="submit"/);
      expect(html).not.toMatch(/NaN|Infinity|undefined|\[object/);
    });
  }

  it('an embedded, prefilled contract term shows its result in the server HTML', () => {
    const html = renderToString(h(ContractTermCalculator, {
      frameworks: [{ slug: 'x', title: 'X', start: '2025-01-01', initialMonths: 48, extensionMonths: [36, 36, 36] }],
      kader: 'x', embedded: true, headingLevel: 3, idPrefix: 'embed',
    }));
    expect(html).toContain('31 december 2037');
    expect(html).toContain('<h3 id="embed-uitkomst"');
    expect(html).toContain('artikel 2.140');
  });
});
