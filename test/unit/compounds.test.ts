import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compoundKeywords } from '../../src/lib/search/compounds.ts';

describe('compoundKeywords', () => {
  it('splits Dutch compounds into searchable parts', () => {
    expect(compoundKeywords('De jeugdhulpaanbieder en zorgaanbieders')).toEqual(['aanbieder', 'aanbieders', 'jeugd', 'jeugdhulp', 'zorg']);
    expect(compoundKeywords('raamovereenkomsten en contractverlengingen')).toEqual(['contract', 'overeenkomsten', 'verlengingen']);
    expect(compoundKeywords('dagbestedingsvervoer')).toEqual(['dagbesteding', 'vervoer']);
  });

  it('ignores words that are a part themselves or too short to be a compound', () => {
    expect(compoundKeywords('zorg aanbieder hulpje')).toEqual([]);
  });

  it('only returns known parts that occur inside a word of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const part of compoundKeywords(text)) expect(text.toLowerCase()).toContain(part);
      }),
    );
  });
});
