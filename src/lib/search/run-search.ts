/**
 * One search as the site runs it. Shared by the search page and the
 * search-quality test, so the test measures what users get.
 *
 * 1. Residents' words: a query with a word the glossary knows as another
 *    form of a term ("huishoudelijke hulp", "HbH", "logeren") is also searched
 *    with the site's phrase in its place ("hulp bij het huishouden"); the
 *    results are merged by Pagefind's score and the page names the phrase.
 * 2. Ranking: on relevance, historical documents count half and the page of a
 *    place named in the query counts double (src/lib/search/ranking.ts).
 * 3. Typos: Pagefind matches loosely ("Bibop" finds pages with a "B…" word).
 *    Each query word is checked against the highlighted words of the top
 *    results; a word that was not really found, and is one or two letters
 *    away from a word on the site, is taken as a typo: the corrected query is
 *    searched and shown instead.
 * 4. Nonsense: when no query word was really found and nothing is close
 *    enough to correct ("qwertyuiop"), the answer is "nothing found", not the
 *    loose matches ("P×Q" for the "q").
 */
import { rerank, type RankedMeta } from './ranking.ts';
import { correctQuery } from './spelling.ts';
import { expandQuery, normaliseForm, type SynonymTable } from './synonyms.ts';

export interface SearchResultData {
  url: string;
  excerpt: string;
  meta: RankedMeta & Record<string, string | undefined>;
}

export interface SearchHit<D> {
  id: string;
  score: number;
  data(): Promise<D>;
}

export interface SearchApi<D extends SearchResultData> {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: SearchHit<D>[] }>;
}

export interface SearchContext {
  /** The site's words, for typo correction; loaded only when a word was not found. */
  vocabulary: () => Promise<readonly string[]>;
  /** The glossary's forms → phrases (src/lib/search/synonyms.ts); loaded on every search with words. */
  synonyms?: () => Promise<SynonymTable>;
  /** ISO date of today, for "historical"; the reader's clock. */
  today: string;
}

export interface SearchOutcome<D> {
  data: D[];
  total: number;
  /** The query that was searched instead of the typed one (a typo), or null. */
  correctedTo: string | null;
  /** The site's phrases searched as well, for words the glossary knows ("hulp bij het huishouden"). */
  alsoSearched: string[];
}

const LOADED = 50;
/** Scores of hits for the glossary's phrase, when the typed words were found too. */
export const EXPANSION_WEIGHT = 0.5;
const CHECKED = 5;

/** The searched metadata of a result that can explain a match without a highlight. */
function metaTexts(data: readonly SearchResultData[]): string[] {
  return data.flatMap((d) => (typeof d.meta.zoekwoorden === 'string' ? [d.meta.zoekwoorden] : []));
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Query words (4+ letters) that no highlighted word in the excerpts really
 * matches, nor a word of the results' extra search words (meta zoekwoorden:
 * Pagefind also matches those, without a highlight).
 */
export function unmatchedWords(query: string, excerpts: readonly string[], metaTexts: readonly string[] = []): string[] {
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => m[1]!.split(/[\s-]+/).map(normalise)));
  // Search words are matched whole (a typo is not "found" because a keyword shares its first letters).
  const keywords = metaTexts.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u).map(normalise)).filter(Boolean);
  return query
    .split(/[\s-]+/)
    .map(normalise)
    .filter((word) => word.length >= 4)
    .filter((word) => {
      // Dutch forms differ at the end ("perceel", "percelen"): a marked word counts when it shares its first
      // 70% (at least 4 letters) with the query word, measured on the shorter of the two.
      const found = (m: string) => {
        let common = 0;
        while (common < m.length && common < word.length && m[common] === word[common]) common++;
        return common >= Math.max(4, Math.ceil(Math.min(m.length, word.length) * 0.7));
      };
      return !marked.some(found) && !keywords.some((k) => k.startsWith(word));
    });
}

/** The query without the words of recognised forms: those are checked through their phrase. */
function withoutForms(query: string, forms: readonly string[]): string {
  let rest = ` ${normaliseForm(query)} `;
  for (const form of forms) rest = rest.replace(` ${form} `, ' ');
  return rest.trim();
}

/**
 * Searches several queries and merges the hits. `weights[i]` scales the
 * scores of query i (default 1).
 */
async function searchAll<D extends SearchResultData>(api: SearchApi<D>, queries: readonly (string | null)[], options: Record<string, unknown>, today: string, weights: readonly number[] = []) {
  const lists = await Promise.all(queries.map((q) => api.search(q, options)));
  const byId = new Map<string, SearchHit<D>>();
  const sorted = 'sort' in options;
  lists.forEach((list, i) => {
    const weight = weights[i] ?? 1;
    for (const found of list.results) {
      const hit = weight === 1 ? found : { ...found, id: found.id, score: found.score * weight, data: () => found.data() };
      const seen = byId.get(hit.id);
      // Sorted by a field: the typed query's order first, then what the phrases add. By relevance: the best score.
      if (!seen || (!sorted && hit.score > seen.score)) byId.set(hit.id, hit);
    }
  });
  let hits = [...byId.values()];
  if (!sorted && lists.length > 1) hits = hits.sort((a, b) => b.score - a.score);
  const top = hits.slice(0, LOADED);
  const data = await Promise.all(top.map((h) => h.data()));
  const first = queries[0];
  if (sorted || !first) return { data, total: hits.length };
  const ranked = rerank(top.map((h, i) => ({ score: h.score, meta: data[i]!.meta, data: data[i]! })), first, today);
  return { data: ranked.map((r) => r.data), total: hits.length };
}

export async function runSearch<D extends SearchResultData>(
  api: SearchApi<D>,
  query: string | null,
  options: Record<string, unknown>,
  context: SearchContext,
): Promise<SearchOutcome<D>> {
  if (!query) return { ...(await searchAll(api, [null], options, context.today)), correctedTo: null, alsoSearched: [] };
  const table = context.synonyms ? await context.synonyms().catch(() => ({})) : {};
  const run = async (q: string) => {
    const expansions = expandQuery(q, table);
    const typed = await searchAll(api, [q], options, context.today);
    if (expansions.length === 0) return { ...typed, expansions };
    // The typed words themselves: kept only when really found. "thuiszorg" loosely matches "thuis" (beschermd
    // thuis), "dagactiviteiten" matches "dag": those pages would crowd out what the glossary's phrase finds.
    const top = typed.data.slice(0, CHECKED);
    const typedFound = typed.total > 0 && unmatchedWords(q, top.map((d) => d.excerpt), metaTexts(top)).length === 0;
    // Typed words that were found come first; the phrase adds what they miss (its hits count at EXPANSION_WEIGHT).
    const queries = [...(typedFound ? [q] : []), ...expansions.map((e) => e.query)];
    const weights = typedFound ? [1, ...expansions.map(() => EXPANSION_WEIGHT)] : [];
    const found = await searchAll(api, queries, options, context.today, weights);
    return { ...found, expansions };
  };
  const plain = await run(query);
  const alsoSearched = [...new Set(plain.expansions.map((e) => e.phrase))];
  const checked = withoutForms(query, plain.expansions.map((e) => e.form));
  const top = plain.data.slice(0, CHECKED);
  const unmatched = unmatchedWords(checked, top.map((d) => d.excerpt), metaTexts(top));
  if (unmatched.length === 0) return { data: plain.data, total: plain.total, correctedTo: null, alsoSearched };
  const corrected = correctQuery(query, await context.vocabulary());
  if (corrected) {
    const fixed = await run(corrected);
    if (fixed.total > 0) return { data: fixed.data, total: fixed.total, correctedTo: corrected, alsoSearched: [...new Set(fixed.expansions.map((e) => e.phrase))] };
  }
  const checkedWords = unmatchedWords(checked, []);
  // Nothing of the query was really found, and no glossary word led elsewhere: say so.
  if (plain.expansions.length === 0 && checkedWords.length > 0 && unmatched.length === checkedWords.length) {
    return { data: [], total: 0, correctedTo: null, alsoSearched: [] };
  }
  return { data: plain.data, total: plain.total, correctedTo: null, alsoSearched };
}
