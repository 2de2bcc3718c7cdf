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
import type { SroiFramework } from '../../src/lib/calc/sroi.ts';

const kampenSroi: SroiFramework[] = [
  { slug: 'kampen', variant: 0, title: 'Kampen 5%', percentage: '5', basis: 'opdrachtwaarde', years: '4' },
  { slug: 'kampen', variant: 1, title: 'Kampen 2% omzet', percentage: '2', basis: 'omzet', mvo: '0,5', years: '4' },
];

const islands: Record<string, () => string> = {
  looptijd: () => renderToString(h(ContractTermCalculator, { frameworks: [{ slug: 'x', title: 'X', start: '2025-01-01', initialMonths: 48, extensionMonths: [36] }] })),
  sroi: () => renderToString(h(SroiCalculator, { frameworks: kampenSroi })),
  'reele-prijs': () => renderToString(h(RealPriceCalculator, { idPrefix: 'reele-prijs' })),
  indexatie: () => renderToString(h(IndexationCalculator, { idPrefix: 'indexatie' })),
  budget: () => renderToString(h(BudgetCalculator, { idPrefix: 'budget' })),
  'eigen-bijdrage': () => renderToString(h(ContributionCalculator, { rates: [{ year: 2024, amountCents: 2060, source: 'Zorgregio' }] })),
  segment: () => renderToString(h(SegmentCalculator, {
    table: { rows: [{ to: '1960-12-31', years: 67, months: 0 }], after: { atLeastYears: 67, atLeastMonths: 3 } },
    segments: [{ id: 'ouderen', name: 'Ouderen', targetGroup: 'AOW', age: { min: 'aow' } }],
    kader: 'kampen', kaderTitle: 'Kampen', buildDate: '2026-01-01',
  })),
};

describe('server-rendered calculators', () => {
  for (const [name, render] of Object.entries(islands)) {
    it(`${name}: labelled fields, a result area that explains, no NaN`, () => {
      const html = render();
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
