import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctQuery, vocabularyFrom } from '../../src/lib/search/spelling.ts';
import { unmatchedWords } from '../../src/lib/search/run-search.ts';

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

  // Queries mixing arbitrary text, vocabulary words in any case and vocabulary words with one typo,
  // so that corrections actually happen (random strings alone are almost never close to a word).
  const typo = fc
    .tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom('q', 'x', 'z'))
    .map(([w, i, letter]) => {
      const at = i % w.length;
      return w.slice(0, at) + letter + w.slice(at + 1);
    });
  const queryWord = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
    fc.constantFrom(...vocabulary),
    typo,
  );
  const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);
  const lowerVocabulary = new Set(vocabulary.map((w) => w.toLowerCase()));

  it('keeps every word in place and only swaps in vocabulary words (property)', () => {
    fc.assert(
      fc.property(fc.array(queryWord, { maxLength: 5 }), (parts) => {
        const q = parts.join(' ');
        const corrected = correctQuery(q, vocabulary);
        if (corrected === null) return;
        const before = wordsOf(q);
        const after = wordsOf(corrected);
        expect(after).toHaveLength(before.length);
        after.forEach((word, i) => {
          if (word !== before[i]) expect(vocabulary).toContain(word);
        });
        expect(after.some((word, i) => word !== before[i])).toBe(true);
      }),
    );
  });

  it('returns null for a query of known words, whatever their case (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary).chain((w) => fc.constantFrom(w, w.toLowerCase(), w.toUpperCase())), { minLength: 1, maxLength: 5 }), (words) => {
        expect(correctQuery(words.join(' '), vocabulary)).toBeNull();
      }),
    );
  });

  it('corrects one wrong letter in a known word of 4 letters or more to a known word (property)', () => {
    fc.assert(
      fc.property(typo, (word) => {
        fc.pre(!lowerVocabulary.has(word.toLowerCase()));
        const corrected = correctQuery(word, vocabulary);
        expect(corrected).not.toBeNull();
        expect(vocabulary).toContain(corrected);
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

describe('unmatchedWords: Dutch forms', () => {
  it('a singular is found by its plural and the other way round, a different word is not', () => {
    expect(unmatchedWords('perceel', ['Alle <mark>percelen</mark> van de regio'])).toEqual([]);
    expect(unmatchedWords('percelen', ['<mark>Perceel</mark> 1'])).toEqual([]);
    expect(unmatchedWords('qwertyuiop', ['<mark>Q</mark> van P×Q'])).toEqual(['qwertyuiop']);
  });
});
