import { describe, expect, it } from 'vitest';
import { bestSection } from '../../src/lib/search/best-section.ts';

describe('bestSection', () => {
  const page = '/kaders/x/';
  const s = (url: string, hits: number) => ({ url, title: url, excerpt: '', locations: Array.from({ length: hits }, (_, i) => i) });

  it('links to the section with the most matches', () => {
    expect(bestSection(page, [s('/kaders/x/#in-het-kort', 1), s('/kaders/x/#bibob', 4)])?.url).toBe('/kaders/x/#bibob');
  });

  it('prefers a section over the page top on a tie, and the first section otherwise', () => {
    expect(bestSection(page, [s(page, 2), s('/kaders/x/#a', 2)])?.url).toBe('/kaders/x/#a');
    expect(bestSection(page, [s('/kaders/x/#a', 2), s('/kaders/x/#b', 2)])?.url).toBe('/kaders/x/#a');
    expect(bestSection(page, [])).toBeUndefined();
  });
});
