import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctQuery, vocabularyFrom } from '../../src/lib/search/spelling.ts';

const vocabulary = vocabularyFrom(['Bibob-toets', 'Dagbesteding', 'Heumen', 'verlenging', 'aanbesteding', 'Specialistische begeleiding', 'SROI']);

describe('correctQuery', () => {
  it.each([
    ['Bibop', 'Bibob'],
    ['dagbestedng Heumen', 'Dagbesteding Heumen'],
    ['verlenigng', 'verlenging'],
    ['specialistisch begeleidng', 'Specialistische begeleiding'],
  ])('%s → %s', (typed, corrected) => {
    expect(correctQuery(typed, vocabulary)).toBe(corrected);
  });

  it('leaves known words and far-off words alone', () => {
    expect(correctQuery('Heumen', vocabulary)).toBeNull();
    expect(correctQuery('xyzzyplugh', vocabulary)).toBeNull();
    expect(correctQuery('SRO', vocabulary)).toBeNull(); // too short to guess
  });

  it('never throws and returns only vocabulary words for changed words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const corrected = correctQuery(q, vocabulary);
        if (corrected !== null) expect(corrected).not.toBe(q);
      }),
    );
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', async () => {
    const { editDistance } = await import('../../src/lib/edit-distance.ts');
    expect(editDistance('verlenigng', 'verlenging')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('unmatchedWords', () => {
  it('sees through Pagefind\'s loose matches', async () => {
    const { unmatchedWords } = await import('../../src/lib/search/run-search.ts');
    expect(unmatchedWords('Bibop', ['De <mark>B</mark> van blok'])).toEqual(['bibop']);
    expect(unmatchedWords('verlenigng', ['<mark>verder.</mark>'])).toEqual(['verlenigng']);
    expect(unmatchedWords('berekenen', ['een <mark>berekening.</mark>'])).toEqual([]);
    expect(unmatchedWords('Bibob toets', ['<mark>Bibob-toets</mark>'])).toEqual([]);
    expect(unmatchedWords('dagbestedng Heumen', ['<mark>dag</mark> in <mark>Heumen</mark>'])).toEqual(['dagbestedng']);
  });
});

describe('vocabularyFrom', () => {
  it('keeps one spelling per word, the most frequent', () => {
    expect(vocabularyFrom(['Bibob en Bibob', 'BIBOB', 'de zorg'])).toEqual(['Bibob', 'zorg']);
  });
});
