/** The calculator registry (src/data/calculator-registry.ts) matches the pages, and its links are right. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorHref, calculatorPath, calculatorSlugs, calculators, calculatorsFor, isCalculatorSlug } from '../../src/data/calculator-registry.ts';

describe('calculator registry', () => {
  it('has exactly one entry per page in src/pages/rekenhulpen/ (besides the overview)', () => {
    const pages = readdirSync('src/pages/rekenhulpen')
      .filter((name) => name.endsWith('.astro') && name !== 'index.astro')
      .map((name) => name.replace(/\.astro$/, ''))
      .sort();
    expect([...calculatorSlugs].sort()).toEqual(pages);
    expect(new Set(calculatorSlugs).size).toBe(calculatorSlugs.length);
  });

  it('puts every calculator in exactly one audience list, in registry order', () => {
    const listed = [...calculatorsFor('aanbieders'), ...calculatorsFor('inwoners')].map((c) => c.slug);
    expect(listed).toHaveLength(calculators.length);
    expect(new Set(listed)).toEqual(new Set(calculatorSlugs));
    expect(calculatorsFor('inwoners').map((c) => c.slug)).toEqual(['eigen-bijdrage', 'segment']);
  });

  it('knows its slugs and nothing else', () => {
    expect(isCalculatorSlug('looptijd')).toBe(true);
    expect(isCalculatorSlug('rente')).toBe(false);
    expect(isCalculatorSlug('')).toBe(false);
  });

  it('links to a calculator page, with ?kader= only for calculators that take a document', () => {
    expect(calculatorPath('reele-prijs')).toBe('/rekenhulpen/reele-prijs/');
    expect(calculatorHref('looptijd', 'rijk-van-nijmegen-wmo-ambulant-2025')).toBe('/rekenhulpen/looptijd/?kader=rijk-van-nijmegen-wmo-ambulant-2025');
    expect(calculatorHref('sroi', 'kampen:1')).toBe('/rekenhulpen/sroi/?kader=kampen%3A1');
    expect(calculatorHref('budget', 'kampen-wmo-segmenten-2024')).toBe('/rekenhulpen/budget/');
    expect(calculatorHref('looptijd')).toBe('/rekenhulpen/looptijd/');
  });
});
