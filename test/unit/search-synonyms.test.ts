import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandQuery, normaliseForm, synonymTable } from '../../src/lib/search/synonyms.ts';
import { isHistorical, namesPlace, rerank, HISTORICAL_FACTOR, PLACE_FACTOR } from '../../src/lib/search/ranking.ts';
import { runSearch, type SearchResultData } from '../../src/lib/search/run-search.ts';

const glossary = [
  { term: 'HH', fullName: 'hulp bij het huishouden', aliases: [], zoekwoorden: ['huishoudelijke hulp', 'HbH', 'thuiszorg'] },
  { term: 'kortdurend verblijf', aliases: [], zoekwoorden: ['logeren'] },
  { term: 'P×Q', fullName: 'prijs maal hoeveelheid', aliases: ['PxQ'], zoekwoorden: [] },
];
const table = synonymTable(glossary);

describe('synonymTable', () => {
  it('leads every other form of a term, in lower case, to its full name (or the term)', () => {
    expect(table).toEqual({
      hbh: ['hulp bij het huishouden'],
      hh: ['hulp bij het huishouden'],
      'huishoudelijke hulp': ['hulp bij het huishouden'],
      logeren: ['kortdurend verblijf'],
      'p×q': ['prijs maal hoeveelheid'],
      pxq: ['prijs maal hoeveelheid'],
      thuiszorg: ['hulp bij het huishouden'],
    });
  });

  it('gives a form shared by two terms both phrases', () => {
    const shared = synonymTable([
      { term: 'A', fullName: 'alpha', aliases: [], zoekwoorden: ['x'] },
      { term: 'B', fullName: 'beta', aliases: [], zoekwoorden: ['X'] },
    ]);
    expect(shared.x).toEqual(['alpha', 'beta']);
  });
});

describe('expandQuery', () => {
  it.each([
    ['huishoudelijke hulp', 'hulp bij het huishouden'],
    ['HbH', 'hulp bij het huishouden'],
    ['Huishoudelijke hulp Wijchen', 'hulp bij het huishouden wijchen'],
    ['logeren?', 'kortdurend verblijf'],
  ])('%s → also %s', (query, expanded) => {
    expect(expandQuery(query, table).map((e) => e.query)).toEqual([expanded]);
  });

  it('matches whole words only, and adds nothing when the phrase is already there', () => {
    expect(expandQuery('hulpmiddelen', table)).toEqual([]);
    expect(expandQuery('thuiszorgorganisatie', table)).toEqual([]);
    expect(expandQuery('hulp bij het huishouden', table)).toEqual([]);
    expect(expandQuery('', table)).toEqual([]);
  });

  it('keeps every word that is not a known form (property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom('hbh', 'logeren', 'thuiszorg')), { minLength: 1, maxLength: 5 }), (words) => {
        for (const { query, form, phrase } of expandQuery(words.join(' '), table)) {
          expect(table[form]).toContain(phrase);
          const rest = words.filter((w) => !table[w]);
          for (const w of rest) expect(` ${query} `).toContain(` ${w} `);
        }
      }),
    );
  });

  it('normalises case and punctuation around words', () => {
    expect(normaliseForm('  HbH, Wijchen! ')).toBe('hbh wijchen');
  });
});

describe('ranking', () => {
  const today = '2026-11-29';
  it('calls a document historical only when its contract ended before today', () => {
    expect(isHistorical({ looptTot: '2024-12-31' }, today)).toBe(true);
    expect(isHistorical({ looptTot: '2037-12-31' }, today)).toBe(false);
    expect(isHistorical({ looptTot: today }, today)).toBe(false);
    expect(isHistorical({}, today)).toBe(false);
    expect(isHistorical({ looptTot: 'onbekend' }, today)).toBe(false);
  });

  it('recognises a place page named in the query, as whole words', () => {
    expect(namesPlace({ type: 'Gemeente', title: 'Wijchen' }, 'dagbesteding wijchen')).toBe(true);
    expect(namesPlace({ type: 'Gemeente', title: 'Berg en Dal' }, 'begeleiding Berg en Dal')).toBe(true);
    expect(namesPlace({ type: 'Gemeente', title: 'Wijchen' }, 'wijchense raad')).toBe(false);
    expect(namesPlace({ type: 'Inkoopkader', title: 'Wijchen' }, 'wijchen')).toBe(false);
  });

  it('puts the place page and current documents before a historical one with a higher score', () => {
    const results = [
      { score: 10, meta: { title: 'Blok B', looptTot: '2024-12-31' } },
      { score: 6, meta: { title: 'Ambulant 2025', looptTot: '2037-12-31' } },
      { score: 4, meta: { title: 'Wijchen', type: 'Gemeente' } },
    ];
    expect(rerank(results, 'dagbesteding wijchen', today).map((r) => r.meta.title)).toEqual(['Wijchen', 'Ambulant 2025', 'Blok B']);
    expect(HISTORICAL_FACTOR).toBeLessThan(1);
    expect(PLACE_FACTOR).toBeGreaterThan(1);
  });

  it('is a permutation that keeps the order of equal results (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.double({ min: 0, max: 100, noNaN: true }), meta: fc.record({ looptTot: fc.constantFrom('2020-01-01', '2030-01-01') }) })), (results) => {
        const ranked = rerank(results, 'x', today);
        expect(ranked).toHaveLength(results.length);
        expect(new Set(ranked)).toEqual(new Set(results));
      }),
    );
  });
});

describe('runSearch', () => {
  /**
   * A stand-in for Pagefind: a query finds the pages with every word; a word no page has matches loosely, any
   * word containing its first letter (as "qwertyuiop" finds "P×Q"), and only exact words are highlighted.
   */
  function fakeApi(pages: { url: string; words: string[]; meta?: Record<string, string> }[]) {
    return {
      async search(term: string | null) {
        const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const hits = pages
          .map((page, i) => ({ page, i }))
          .filter(({ page }) => words.every((w) => page.words.some((pw) => pw === w || (!pages.some((p) => p.words.includes(w)) && pw.includes(w[0]!)))))
          .map(({ page, i }) => ({
            id: String(i),
            score: words.filter((w) => page.words.includes(w)).length + 0.5,
            data: async (): Promise<SearchResultData> => ({
              url: page.url,
              excerpt: page.words.map((pw) => (words.includes(pw) ? `<mark>${pw}</mark>` : pw)).join(' '),
              meta: page.meta ?? {},
            }),
          }));
        return { results: hits };
      },
    };
  }
  const pages = [
    { url: '/pxq/', words: ['p×q', 'prijs', 'maal', 'hoeveelheid'] },
    { url: '/hh/', words: ['hulp', 'bij', 'het', 'huishouden'] },
  ];
  const context = { vocabulary: async () => ['prijs', 'hoeveelheid', 'huishouden'], synonyms: async () => table, today: '2026-11-29' };

  it('says nothing was found for a nonsense word instead of loose matches', async () => {
    const outcome = await runSearch(fakeApi(pages), 'qwertyuiop', {}, context);
    expect(outcome).toEqual({ data: [], total: 0, correctedTo: null, alsoSearched: [] });
  });

  it('searches the glossary phrase for a resident\'s word and names it', async () => {
    const outcome = await runSearch(fakeApi(pages), 'thuiszorg', {}, context);
    expect(outcome.data.map((d) => d.url)).toEqual(['/hh/']);
    expect(outcome.alsoSearched).toEqual(['hulp bij het huishouden']);
  });

  it('still corrects a typo', async () => {
    const outcome = await runSearch(fakeApi(pages), 'huishoudn', {}, context);
    expect(outcome.correctedTo).toBe('huishouden');
    expect(outcome.data.map((d) => d.url)).toEqual(['/hh/']);
  });
});

describe('keywordsIn (a chapter keeps only the document keywords it uses)', async () => {
  const { keywordsIn } = await import('../../src/lib/search/compounds.ts');
  it('finds keywords as words or word starts, whatever the case', () => {
    expect(keywordsIn(['Bibob', 'SROI', 'hulp bij het huishouden', 'P×Q'], 'De Bibob-toets en de\nHulp bij het   huishouden; p×q.')).toEqual(['Bibob', 'hulp bij het huishouden', 'P×Q']);
    expect(keywordsIn(['ouderen'], 'jongeren')).toEqual([]);
  });
});
